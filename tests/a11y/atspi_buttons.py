#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Every button a screen reader can reach has a name: glows-desktop is started on the accessibility bus and its
tree is read through AT-SPI (pyatspi) - the main window, each detail tab of the first instance, and the Take
Snapshot, Release and New Instance dialogs. Run by atspi-buttons.sh inside Xvfb and a private D-Bus session.

Usage: atspi_buttons.py GLOWS_DESKTOP
"""
import os
import socket
import subprocess
import sys
import time

import pyatspi

BUTTONS = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}
CANCEL = {"Cancel", "キャンセル"}


def wait_for(condition, timeout=20.0, what="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = condition()
        except Exception:  # the tree changes while it is read
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise TimeoutError(f"timed out waiting for {what}")


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.childCount):
        yield from walk(node.getChildAtIndex(i), depth + 1)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def path(node):
    parts = []
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        parts.append(f"{node.getRoleName()}:{node.name!r}")
        node = node.parent
    return " / ".join(reversed(parts))


def unnamed_buttons(root):
    return [path(n) for n in walk(root) if n.getRole() in BUTTONS and showing(n) and not n.name.strip()]


def find(root, predicate):
    for node in walk(root):
        if predicate(node):
            return node
    return None


def application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def display_accepts():
    """Xvfb is up once its socket accepts a connection (under load it can come up after xvfb-run goes on)."""
    number = os.environ.get("DISPLAY", ":0").lstrip(":").split(".")[0]
    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(f"/tmp/.X11-unix/X{number}")
            return True
        except OSError:
            return False


def start_app(env):
    """Starts the app once the X server answers; a start the X server refused is tried again."""
    for _ in range(3):
        try:
            wait_for(display_accepts, timeout=15.0, what="the X server")
        except TimeoutError:
            break
        proc = subprocess.Popen([sys.argv[1]], env=env)
        try:
            proc.wait(timeout=2.0)  # the app exits at once only when it found no X server
        except subprocess.TimeoutExpired:
            return proc
    return None


def main():
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    proc = start_app(env)
    if proc is None:
        print("SKIP   : the X server of xvfb-run could not be reached, so nothing was checked")
        return 0
    problems = []
    checked = []
    try:
        app = wait_for(lambda: application(proc.pid), what="the app on the accessibility bus")
        frame = wait_for(lambda: find(app, lambda n: n.getRole() == pyatspi.ROLE_FRAME), what="the main window")
        table = wait_for(lambda: find(frame, lambda n: n.getRole() == pyatspi.ROLE_TABLE and
                                      n.queryTable().nRows > 0), what="the instance list")
        table.queryTable().addRowSelection(0)
        problems += [("main window", p) for p in unnamed_buttons(frame)]
        checked.append("main window")

        # The detail tabs: the page tab list with six tabs (beside its scroll buttons).
        def page_tabs(node):
            return [node.getChildAtIndex(i) for i in range(node.childCount)
                    if node.getChildAtIndex(i).getRole() == pyatspi.ROLE_PAGE_TAB]
        tabs = wait_for(lambda: find(frame, lambda n: n.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and
                                     len(page_tabs(n)) == 6), what="the detail tabs")
        for i, tab in enumerate(page_tabs(tabs)):
            if not tab.getState().contains(pyatspi.STATE_ENABLED):
                continue
            tab.queryAction().doAction(0)  # answered once the app has switched the tab
            problems += [(f"detail tab {tab.name}", p) for p in unnamed_buttons(frame)]
            checked.append(f"tab {tab.name}")

        # The dialogs the toolbar opens; each is closed again with its Cancel, so nothing is taken or released.
        for index in range(3):
            toolbar = find(frame, lambda n: n.getRole() == pyatspi.ROLE_TOOL_BAR)
            buttons = [n for n in walk(toolbar) if n.getRole() in BUTTONS and showing(n)]
            enabled = [b for b in buttons if b.getState().contains(pyatspi.STATE_ENABLED)]
            if index >= len(enabled):
                break
            before = app.childCount
            enabled[index].queryAction().doAction(0)
            dialog = wait_for(lambda: app.childCount > before and app.getChildAtIndex(app.childCount - 1),
                              what=f"the dialog of {enabled[index].name}")
            wait_for(lambda: find(dialog, lambda n: n.getRole() in BUTTONS), what="the dialog's buttons")
            problems += [(f"dialog {dialog.name}", p) for p in unnamed_buttons(dialog)]
            checked.append(f"dialog {dialog.name}")
            dialog.queryComponent()  # still there
            cancel = find(dialog, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n.name in CANCEL)
            cancel.queryAction().doAction(0)
            wait_for(lambda: app.childCount == before, what="the dialog to close")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for where, what in problems:
        print(f"FAIL: {where}: a button without a name: {what}")
    print(f"checked: {', '.join(checked)}")
    print(f"{'FAIL' if problems else 'PASS'}: AT-SPI button names ({os.environ.get('LANGUAGE', 'en')})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

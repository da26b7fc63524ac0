// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/instance.h"
#include "ui/appcontext.h"

#include <QEvent>
#include <QWidget>

namespace glows::ui {

// One page of the detail pane. The pane hands every refresh of the selected instance to every page (cheap,
// no network), and marks exactly one page active: the visible one. Only an active page may poll.
class DetailTab : public QWidget
{
    Q_OBJECT
public:
    explicit DetailTab(AppContext context, QWidget *parent = nullptr) : QWidget(parent), m_ctx(context) {}

    void setInstance(const Instance &instance)
    {
        const bool switched = instance.normalizedId() != m_instance.normalizedId();
        m_instance = instance;
        instanceChanged(switched);
    }
    const Instance &instance() const { return m_instance; }

    void setActive(bool active)
    {
        if (active == m_active)
            return;
        m_active = active;
        activeChanged(active);
    }
    bool isActive() const { return m_active; }

protected:
    // `switched` is true when another instance was selected, so per-instance state must be dropped.
    virtual void instanceChanged(bool switched) = 0;
    virtual void activeChanged(bool active) { Q_UNUSED(active); }
    // Writes the page's texts again in the current language, in place: the widgets, their state (scroll
    // positions, selections, chart history) and any request in flight are kept.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }

    AppContext m_ctx;

private:
    Instance m_instance;
    bool m_active = false;
};

} // namespace glows::ui

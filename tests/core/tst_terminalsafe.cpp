// SPDX-License-Identifier: Apache-2.0
// glows-cli writes server text to a terminal: no control character or bidi control may reach it raw.
#include "core/terminalsafe.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

class TestTerminalSafe final : public QObject
{
    Q_OBJECT
private slots:
    void escapesControls_data();
    void escapesControls();
    void everyUnsafeCodeUnitIsEscaped();
    void ordinaryTextIsUntouched_data();
    void ordinaryTextIsUntouched();
    void attackStringsLeaveNoRawBytes();
};

void TestTerminalSafe::escapesControls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ESC clear screen") << u"a\x1b[2Jb"_s << u"a\\x1b[2Jb"_s;
    QTest::newRow("OSC 52 with BEL") << u"\x1b]52;c;aGVsbG8=\x07"_s << u"\\x1b]52;c;aGVsbG8=\\x07"_s;
    QTest::newRow("NUL") << QString(QChar(0)) << u"\\x00"_s;
    QTest::newRow("newline, CR, tab") << u"a\nb\rc\td"_s << u"a\\x0ab\\x0dc\\x09d"_s;
    QTest::newRow("unit separator") << u"\x1f"_s << u"\\x1f"_s;
    QTest::newRow("DEL") << u"x\x7fy"_s << u"x\\x7fy"_s;
    QTest::newRow("C1 CSI") << u"\u009b2J"_s << u"\\u009b2J"_s;
    QTest::newRow("C1 first and last") << u"\u0080\u009f"_s << u"\\u0080\\u009f"_s;
    QTest::newRow("C1 OSC and ST") << u"\u009d0;title\u009c"_s << u"\\u009d0;title\\u009c"_s;
    QTest::newRow("RLO") << u"gpu\u202egnp.exe"_s << u"gpu\\u202egnp.exe"_s;
    QTest::newRow("embeddings and PDF") << u"\u202a\u202b\u202c\u202d"_s << u"\\u202a\\u202b\\u202c\\u202d"_s;
    QTest::newRow("isolates") << u"\u2066\u2067\u2068\u2069"_s << u"\\u2066\\u2067\\u2068\\u2069"_s;
    QTest::newRow("marks") << u"\u200e\u200f\u061c"_s << u"\\u200e\\u200f\\u061c"_s;
}

void TestTerminalSafe::escapesControls()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(terminalSafe(input), expected);
}

void TestTerminalSafe::everyUnsafeCodeUnitIsEscaped()
{
    // Over the whole BMP: what is escaped is exactly the listed classes, and the result never holds one.
    for (char32_t u = 0; u <= 0xffff; ++u) {
        const auto c = char16_t(u);
        const bool expected = u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) ||
                              (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e ||
                              u == 0x200f || u == 0x061c;
        QCOMPARE(isTerminalUnsafe(c), expected);
        if (!expected)
            continue;
        const QString safe = terminalSafe(QStringView(&c, 1));
        QVERIFY(safe.startsWith(u'\\'));
        for (const QChar out : safe)
            QVERIFY2(out.unicode() >= 0x20 && out.unicode() < 0x7f, qPrintable(safe));
    }
}

void TestTerminalSafe::ordinaryTextIsUntouched_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"NVIDIA GeForce RTX 4090 (24 GB) ~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./"_s;
    QTest::newRow("japanese") << u"学習用インスタンス「テスト」　全角スペース"_s;
    QTest::newRow("emoji") << u"🚀 GPU 🔥👩‍💻 ✓"_s; // surrogate pairs and a ZWJ sequence
    QTest::newRow("arabic and hebrew") << u"مرحبا שלום"_s;
    QTest::newRow("no-break space and soft hyphen") << u"a\u00a0b\u00adc"_s;
    QTest::newRow("empty") << QString();
}

void TestTerminalSafe::ordinaryTextIsUntouched()
{
    QFETCH(QString, text);
    QCOMPARE(terminalSafe(text), text);
}

void TestTerminalSafe::attackStringsLeaveNoRawBytes()
{
    const QString name = u"evil\x1b[2J\x1b]0;pwned\x07\x1b]52;c;aGVsbG8=\x07\u202eexe.txt\u009b"_s;
    const QByteArray bytes = terminalSafe(name).toUtf8();
    QVERIFY(!bytes.contains('\x1b'));
    QVERIFY(!bytes.contains('\x07'));
    QVERIFY(!bytes.contains("\xe2\x80\xae"));
    QVERIFY(!bytes.contains("\xc2\x9b"));
    QVERIFY(bytes.contains("\\x1b[2J"));
    QVERIFY(bytes.contains("\\u202e"));
}

QTEST_GUILESS_MAIN(TestTerminalSafe)
#include "tst_terminalsafe.moc"

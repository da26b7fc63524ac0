// SPDX-License-Identifier: Apache-2.0
// glows-cli's front end in process, against an in-process sandbox: the confirmation of destructive commands
// on a terminal (an answer on standard input), and the cost column's estimate.
#include "cli/cli.h"
#include "cli/output.h"
#include "cliinprocess.h"
#include "core/cost.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace glows;

class TestCliRun final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void terminalAsksWithNameAndCost();
    void terminalYesReleases();
    void costWithoutServerFigureIsAnEstimate();

private:
    using Result = testing::CliResult;
    Result run(const QStringList &args, const QByteArray &answer, bool interactive);
    testing::SandboxFixture m_sandbox;
};

void TestCliRun::init()
{
    QVERIFY(m_sandbox.start());
}

void TestCliRun::cleanup()
{
    m_sandbox.stop();
}

TestCliRun::Result TestCliRun::run(const QStringList &args, const QByteArray &answer, bool interactive)
{
    return testing::runCli(m_sandbox.server->baseUrl(), args, answer, interactive);
}

void TestCliRun::terminalAsksWithNameAndCost()
{
    const QString id = u"ins-5y4p57y9"_s;
    const Result no = run({u"release"_s, id}, "n\n", true);
    QCOMPARE(no.code, 1);
    QVERIFY2(no.err.contains(u"llama-finetune"_s), qPrintable(no.err));
    QVERIFY2(no.err.contains(u"Cost so far: "_s) && no.err.contains(u"credits"_s), qPrintable(no.err));
    QVERIFY2(no.err.contains(u"[y/N]"_s), qPrintable(no.err));
    QVERIFY(no.out.isEmpty());
    QCOMPARE(m_sandbox.server->engine().instance(id)->status.state(), InstanceState::Running);
    // An empty answer (Enter) is the default, no; so is the end of input.
    QCOMPARE(run({u"release"_s, id}, "\n", true).code, 1);
    QCOMPARE(run({u"release"_s, id}, "", true).code, 1);
    QCOMPARE(run({u"snapshot"_s, id, u"--name"_s, u"x"_s, u"--release"_s}, "no\n", true).code, 1);
    QCOMPARE(m_sandbox.server->engine().instance(id)->status.state(), InstanceState::Running);
}

void TestCliRun::terminalYesReleases()
{
    const QString id = u"ins-5y4p57y9"_s;
    const Result yes = run({u"release"_s, id}, "y\n", true);
    QVERIFY2(yes.code == 0, qPrintable(yes.err));
    QVERIFY(yes.out.contains(id));
    QVERIFY(m_sandbox.server->engine().instance(id)->status.state() != InstanceState::Running);
}

void TestCliRun::costWithoutServerFigureIsAnEstimate()
{
    Instance in;
    in.status = InstanceStatus(InstanceState::Running);
    in.priceCent = 100; // 1 credit per hour
    in.statusTime = 1'000'000;
    QVERIFY(glows::costIsEstimate(in));
    QCOMPARE(cli::Format::cost(in, 1'000'000 + 3600), u"\u2248 1.000"_s);
    in.costMilliCredit = 2500; // the server's figure is shown as it is
    QVERIFY(!glows::costIsEstimate(in));
    QCOMPARE(cli::Format::cost(in, 1'000'000 + 3600), u"2.500"_s);
    in.costMilliCredit.reset();
    in.status = InstanceStatus(InstanceState::Released);
    QCOMPARE(cli::Format::cost(in, 1'000'000 + 3600), u"-"_s);
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"

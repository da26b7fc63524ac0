// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/snapshotdialog.h"

#include "api/glowsclient.h"
#include "core/clock.h"
#include "core/names.h"
#include "ui/formatting.h"
#include "ui/settings/theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
SnapshotDialog::SnapshotDialog(AppContext context, const Instance &instance, QWidget *parent)
    : ActionDialog(context, instance, parent)
{
    setObjectName(u"snapshotDialog"_s);
    QVBoxLayout *content = contentLayout();

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"snapshotHeading"_s);
    m_heading->setWordWrap(true);
    content->addWidget(m_heading);

    m_notes = new QLabel(this);
    m_notes->setObjectName(u"snapshotNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    content->addWidget(m_notes);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"snapshotName"_s);
    m_name->setMaxLength(kMaxNameLength * 4); // over-long input is reported, not silently cut
    m_name->setClearButtonEnabled(true);
    m_name->setText(suggestedName(instance, QDateTime::fromMSecsSinceEpoch(systemClock().wallMs())));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    m_nameProblem = new QLabel(this);
    m_nameProblem->setTextFormat(Qt::PlainText);
    m_nameProblem->setObjectName(u"nameProblem"_s);
    m_nameProblem->setWordWrap(true);
    setTextColor(m_nameProblem, ColorRole::Error);
    content->addLayout(form);
    content->addWidget(m_nameProblem);

    m_autoRelease = new QCheckBox(this);
    m_autoRelease->setObjectName(u"autoRelease"_s);
    content->addWidget(m_autoRelease);

    connect(m_name, &QLineEdit::textChanged, this, &SnapshotDialog::onNameEdited);
    confirmButton()->setDefault(true);
    retranslate();
    m_name->setFocus();
    m_name->selectAll();
    setMinimumWidth(520);
}

QString SnapshotDialog::confirmText() const
{
    return tr("Take Snapshot");
}

void SnapshotDialog::retranslate()
{
    ActionDialog::retranslate();
    setWindowTitle(tr("Take Snapshot"));
    const Instance &in = instance();
    m_heading->setText(tr("<b>%1</b> · %2 · %3")
                           .arg(in.displayName().toHtmlEscaped(), in.instanceID.toHtmlEscaped(),
                                in.hardware.gpuName.toHtmlEscaped()));
    m_heading->setAccessibleName(tr("Instance"));
    m_notes->setAccessibleName(tr("Before you take a snapshot"));
    const QStringList items{
        tr("Everything on the instance is saved except <b>/datadrive</b>: installed packages, system "
           "settings "
           "and files in all other directories."),
        tr("While the snapshot is being saved the instance cannot be reached, and running programs are "
           "interrupted. It resumes afterwards."),
        tr("Taking a snapshot adds no charge, but the instance <b>cannot be released</b> until the snapshot "
           "is saved."),
        tr("The snapshot is stored in your storage space, which needs enough free room for it."),
    };
    QString html = u"<ul style=\"margin-left: -20px;\">"_s;
    for (const QString &item : items)
        html += u"<li style=\"margin-bottom: 4px;\">%1</li>"_s.arg(item);
    html += u"</ul>"_s;
    m_notes->setText(html);
    m_name->setAccessibleName(tr("Snapshot name"));
    m_name->setAccessibleDescription(tr("Required"));
    m_name->setPlaceholderText(tr("Enter a snapshot name"));
    m_nameLabel->setText(tr("&Name (required):"));
    m_nameProblem->setAccessibleName(tr("Name problem"));
    m_autoRelease->setText(tr("&Automatically release the instance after saving"));
    m_autoRelease->setAccessibleName(tr("Automatically release the instance after saving"));
    onNameEdited(); // the name problem, in the new language
}

QString SnapshotDialog::nameProblem(const QString &name)
{
    // The one name rule of app, CLI and sandbox: any script is fine, invisible controls are not.
    return nameProblemText(checkName(name));
}

QString SnapshotDialog::suggestedName(const Instance &instance, const QDateTime &now)
{
    // Characters a name cannot hold are dropped, and runs of spaces become '-'.
    QString base;
    bool space = false;
    for (const char32_t c : instance.displayName().toUcs4()) {
        if (isForbiddenInName(c))
            continue;
        if (QChar::isSpace(c)) {
            space = true;
            continue;
        }
        if (space && !base.isEmpty())
            base += u'-';
        space = false;
        base += QString::fromUcs4(&c, 1);
    }
    if (base.isEmpty())
        base = instance.instanceID;
    const QString stamp = now.toString(u"yyyyMMdd-HHmm"_s);
    // Cut by characters, never inside a surrogate pair.
    QList<uint> chars = base.toUcs4();
    chars.resize(qMin(chars.size(), qsizetype(kMaxNameLength - stamp.size() - 1)));
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), chars.size()) + u'-' +
           stamp;
}

QString SnapshotDialog::refusalText() const
{
    return tr("A snapshot can only be taken while the instance is Running. It is %1 now.")
        .arg(statusText(instance().status));
}

bool SnapshotDialog::inputValid() const
{
    return nameProblem(m_name->text()).isEmpty();
}

void SnapshotDialog::onNameEdited()
{
    const QString problem = nameProblem(m_name->text());
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    updateConfirmButton();
}

void SnapshotDialog::sendRequest(Completion done)
{
    context().client->takeSnapshot(instanceId(), normalizedName(m_name->text()), m_autoRelease->isChecked(),
                                   this, [done](const ApiResult<Snapshot> &result) {
                                       done(result.ok() ? ApiResult<Done>(Done{})
                                                        : ApiResult<Done>(result.error()));
                                   });
}

} // namespace glows::ui

// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/snapshotdialog.h"

#include "api/glowsclient.h"
#include "ui/formatting.h"
#include "ui/settings/theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace glows::ui {
namespace {
const QRegularExpression &allowedName()
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    return re;
}
} // namespace

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
    m_name->setMaxLength(kMaxNameLength);
    m_name->setClearButtonEnabled(true);
    m_name->setText(suggestedName(instance, QDateTime::currentDateTime()));
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
        tr("The snapshot is stored in your storage space, which needs enough free room for it."),
        tr("Taking a snapshot adds no charge."),
    };
    QString html = u"<ul style=\"margin-left: -20px;\">"_s;
    for (const QString &item : items)
        html += u"<li style=\"margin-bottom: 4px;\">%1</li>"_s.arg(item);
    html += u"</ul>"_s;
    m_notes->setText(html);
    m_name->setAccessibleName(tr("Snapshot name"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameProblem->setAccessibleName(tr("Name problem"));
    m_autoRelease->setText(tr("&Automatically release the instance after saving"));
    m_autoRelease->setAccessibleName(tr("Automatically release the instance after saving"));
    onNameEdited(); // the name problem, in the new language
}

QString SnapshotDialog::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the snapshot.");
    if (trimmed.size() > kMaxNameLength)
        return tr("The name can have at most %n characters.", nullptr, kMaxNameLength);
    if (!allowedName().match(trimmed).hasMatch())
        return tr("Use letters, digits, '.', '_' and '-' only, starting with a letter or digit.");
    return {};
}

QString SnapshotDialog::suggestedName(const Instance &instance, const QDateTime &now)
{
    // The remark may contain spaces or other characters a name cannot: they become '-'.
    QString base = instance.displayName();
    static const QRegularExpression invalid(u"[^A-Za-z0-9._-]+"_s);
    base.replace(invalid, u"-"_s);
    static const QRegularExpression edges(u"^[-._]+|-+$"_s);
    base.remove(edges);
    if (base.isEmpty())
        base = instance.instanceID;
    const QString stamp = now.toString(u"yyyyMMdd-HHmm"_s);
    base.truncate(kMaxNameLength - int(stamp.size()) - 1);
    return base + u'-' + stamp;
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
    context().client->takeSnapshot(instanceId(), m_name->text().trimmed(), m_autoRelease->isChecked(), this,
                                   [done](const ApiResult<Snapshot> &result) {
                                       done(result.ok() ? std::nullopt : std::optional(result.error()));
                                   });
}

} // namespace glows::ui

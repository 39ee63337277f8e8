#include "OfficeDialog.h"

#include "gui/RefusalText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatepost::gui::office {

namespace {

QLabel* errorLine(QWidget* parent, const QString& objectName)
{
    auto* line = new QLabel(parent);
    line->setObjectName(objectName);
    line->setWordWrap(true);
    line->setStyleSheet(QStringLiteral("color: #B00020;"));
    line->hide();
    return line;
}

} // namespace

OfficeDialog::OfficeDialog(const char* objectName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QLatin1String(objectName));
    setModal(true);
    setMinimumWidth(520); // a masked ID number and its "unchanged" note stay readable
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_general = errorLine(this, QStringLiteral("generalError"));
    layout->addWidget(m_general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfficeDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

OfficeDialog::~OfficeDialog() = default;

QLabel* OfficeDialog::addRow(const QString& label, QWidget* field, core::RefusalField refusalField,
                             const char* name)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    QLabel* line = errorLine(box, QLatin1String(name) + QStringLiteral("Error"));
    v->addWidget(line);
    if (refusalField != core::RefusalField::None)
        m_fieldLines.insert(refusalField, line);
    auto* rowLabel = new QLabel(label, this);
    rowLabel->setBuddy(field);
    m_form->addRow(rowLabel, box);
    return rowLabel;
}

void OfficeDialog::alsoShowAt(core::RefusalField refusalField, core::RefusalField shownAs)
{
    if (QLabel* line = m_fieldLines.value(shownAs))
        m_fieldLines.insert(refusalField, line);
}

QPushButton* OfficeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void OfficeDialog::clearMessages()
{
    m_general->clear();
    m_general->hide();
    for (QLabel* line : std::as_const(m_fieldLines)) {
        line->clear();
        line->hide();
    }
}

void OfficeDialog::showRefusal(const core::Refusal& refusal)
{
    clearMessages();
    QLabel* line = m_fieldLines.value(refusal.field, m_general);
    line->setText(RefusalText::text(refusal));
    line->show();
}

QString OfficeDialog::fieldMessage(core::RefusalField field) const
{
    const QLabel* line = field == core::RefusalField::None ? m_general : m_fieldLines.value(field);
    return line && !line->isHidden() ? line->text() : QString();
}

void OfficeDialog::trySave()
{
    clearMessages();
    if (!m_save) {
        accept();
        return;
    }
    try {
        m_save();
    } catch (const core::RefusedError& e) {
        showRefusal(e.refusal());
        return;
    } catch (const std::exception& e) {
        m_general->setText(RefusalText::error(e));
        m_general->show();
        return;
    }
    accept();
}

} // namespace gatepost::gui::office

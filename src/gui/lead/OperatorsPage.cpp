#include "OperatorsPage.h"

#include "LeadText.h"
#include "gui/CategoryNames.h"
#include "gui/RefusalText.h"

#include "core/Auth.h"
#include "core/Clock.h"
#include "core/OperatorAdmin.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gatepost::gui {

namespace {

enum Column { NameColumn, RoleColumn, ActiveColumn, LockedColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole;

QLabel* errorLabel()
{
    auto* l = new QLabel;
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

QLineEdit* pinField()
{
    auto* e = new QLineEdit;
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(8);
    e->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), e));
    return e;
}

} // namespace

struct OperatorsPage::Private
{
    LeadServices services;
    core::OperatorAdmin admin;
    QTableWidget* table = nullptr;
    QLineEdit* name = nullptr;
    QComboBox* role = nullptr;
    QLineEdit* pin = nullptr;
    QLineEdit* pinAgain = nullptr;
    QPushButton* add = nullptr;
    QPushButton* changePin = nullptr;
    QPushButton* resetLock = nullptr;
    QPushButton* active = nullptr;
    QPushButton* setRole = nullptr;
    QLabel* nameError = errorLabel();
    QLabel* pinError = errorLabel();
    QLabel* roleError = errorLabel();
    QLabel* message = new QLabel;
    QList<core::OperatorAccount> accounts;

    explicit Private(const LeadServices& s)
        : services(s)
        , admin(s.auth, s.lead.id)
    {
    }

    std::optional<core::OperatorAccount> selected() const
    {
        const int row = table->currentRow();
        if (row < 0 || row >= accounts.size())
            return std::nullopt;
        return accounts[row];
    }

    void clearErrors()
    {
        for (QLabel* l : {nameError, pinError, roleError})
            l->hide();
        message->clear();
    }

    void showRefusal(const core::RefusedError& e)
    {
        QLabel* where = message;
        switch (e.refusal().field) {
        case core::RefusalField::Name:
            where = nameError;
            break;
        case core::RefusalField::Pin:
            where = pinError;
            break;
        case core::RefusalField::Role:
            where = roleError;
            break;
        default:
            break;
        }
        where->setText(RefusalText::text(e.refusal()));
        where->show();
    }

    // The two PINs typed must match before anything is written (the form's own check).
    bool pinsMatch()
    {
        if (pin->text() == pinAgain->text())
            return true;
        pinError->setText(
            RefusalText::text(core::Refusal{core::RefusalCode::PinMismatch, core::RefusalField::Pin, {}}));
        pinError->show();
        pinAgain->clear();
        pinAgain->setFocus();
        return false;
    }
};

OperatorsPage::OperatorsPage(const LeadServices& services, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(services))
{
    d->table = new QTableWidget(0, ColumnCount, this);
    d->table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Active"), tr("Locked")});
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    d->table->verticalHeader()->hide();

    d->name = new QLineEdit(this);
    d->name->setMaxLength(40);
    d->role = new QComboBox(this);
    for (core::Role r : d->admin.assignableRoles())
        d->role->addItem(roleName(r), static_cast<int>(r));
    d->pin = pinField();
    d->pinAgain = pinField();

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), d->name);
    form->addRow(QString(), d->nameError);
    form->addRow(tr("Role"), d->role);
    form->addRow(QString(), d->roleError);
    form->addRow(tr("PIN (4-8 digits)"), d->pin);
    form->addRow(tr("PIN again"), d->pinAgain);
    form->addRow(QString(), d->pinError);

    d->add = new QPushButton(tr("Add operator"), this);
    d->add->setDefault(true);
    d->changePin = new QPushButton(tr("Set this PIN for the selected"), this);
    d->resetLock = new QPushButton(tr("Unlock the selected"), this);
    d->active = new QPushButton(tr("Deactivate the selected"), this);
    d->setRole = new QPushButton(tr("Give the selected this role"), this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {d->add, d->changePin, d->setRole, d->resetLock, d->active})
        buttons->addWidget(b);
    buttons->addStretch();

    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(buttons);
    side->addWidget(d->message);
    d->message->setWordWrap(true);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(d->table, 3);
    layout->addLayout(side, 2);

    connect(d->name, &QLineEdit::returnPressed, d->add, &QPushButton::click);
    connect(d->pinAgain, &QLineEdit::returnPressed, d->add, &QPushButton::click);
    connect(d->table, &QTableWidget::currentCellChanged, this, [this] {
        const auto a = d->selected();
        const bool may = a && d->admin.mayManage(a->op.role);
        for (QPushButton* b : {d->changePin, d->resetLock, d->active, d->setRole})
            b->setEnabled(may);
        if (a) {
            d->resetLock->setEnabled(may && a->failedPins > 0);
            d->active->setText(a->active ? tr("Deactivate the selected") : tr("Reactivate the selected"));
        }
    });

    // Each action: one core call (one transaction, audited), then the table again.
    const auto run = [this](auto&& action, const QString& done) {
        d->clearErrors();
        try {
            action();
        } catch (const core::RefusedError& e) {
            d->showRefusal(e);
            return false;
        } catch (const std::exception& e) {
            d->message->setText(RefusalText::error(e));
            return false;
        }
        d->message->setText(done);
        d->pin->clear();
        d->pinAgain->clear();
        reload();
        return true;
    };
    connect(d->add, &QPushButton::clicked, this, [this, run] {
        d->clearErrors();
        if (!d->pinsMatch())
            return;
        const QString name = d->name->text().trimmed();
        const auto role = static_cast<core::Role>(d->role->currentData().toInt());
        if (run([&] { d->admin.add(name, role, d->pin->text()); }, tr("%1 added.").arg(name))) {
            d->name->clear();
            select(name);
        }
    });
    connect(d->changePin, &QPushButton::clicked, this, [this, run] {
        const auto a = d->selected();
        d->clearErrors();
        if (!a || !d->pinsMatch())
            return;
        run([&] { d->admin.changePin(a->op.id, d->pin->text()); }, tr("New PIN set for %1.").arg(a->op.name));
    });
    connect(d->resetLock, &QPushButton::clicked, this, [this, run] {
        if (const auto a = d->selected())
            run([&] { d->admin.resetLock(a->op.id); }, tr("%1 may sign on again.").arg(a->op.name));
    });
    connect(d->active, &QPushButton::clicked, this, [this, run] {
        if (const auto a = d->selected())
            run([&] { d->admin.setActive(a->op.id, !a->active); },
                a->active ? tr("%1 deactivated.").arg(a->op.name) : tr("%1 reactivated.").arg(a->op.name));
    });
    connect(d->setRole, &QPushButton::clicked, this, [this, run] {
        const auto role = static_cast<core::Role>(d->role->currentData().toInt());
        if (const auto a = d->selected())
            run([&] { d->admin.setRole(a->op.id, role); },
                tr("%1 is now %2.").arg(a->op.name, roleName(role)));
    });

    setTabOrder(d->name, d->role);
    setTabOrder(d->role, d->pin);
    setTabOrder(d->pin, d->pinAgain);
    setTabOrder(d->pinAgain, d->add);
    reload();
}

OperatorsPage::~OperatorsPage() = default;

void OperatorsPage::reload()
{
    const int keep = d->table->currentRow();
    d->accounts = d->services.auth.accounts();
    const QDateTime now = d->services.clock.nowUtc();
    d->table->setRowCount(int(d->accounts.size()));
    for (int row = 0; row < d->accounts.size(); ++row) {
        const core::OperatorAccount& a = d->accounts[row];
        const QString locked = a.lockedAt(now)    ? tr("locked")
                               : a.failedPins > 0 ? tr("%n wrong PIN(s)", nullptr, a.failedPins)
                                                  : QString();
        const QStringList cells{a.op.name, roleName(a.op.role), a.active ? tr("yes") : tr("no"), locked};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(kIdRole, a.op.id);
            d->table->setItem(row, c, item);
        }
    }
    if (keep >= 0 && keep < d->table->rowCount())
        d->table->selectRow(keep);
    else
        emit d->table->currentCellChanged(-1, -1, -1, -1);
}

bool OperatorsPage::select(const QString& name)
{
    for (int row = 0; row < d->accounts.size(); ++row) {
        if (d->accounts[row].op.name == name) {
            d->table->selectRow(row);
            return true;
        }
    }
    return false;
}

QTableWidget* OperatorsPage::table() const
{
    return d->table;
}
QLineEdit* OperatorsPage::nameEdit() const
{
    return d->name;
}
QComboBox* OperatorsPage::roleBox() const
{
    return d->role;
}
QLineEdit* OperatorsPage::pinEdit() const
{
    return d->pin;
}
QLineEdit* OperatorsPage::pinAgainEdit() const
{
    return d->pinAgain;
}
QPushButton* OperatorsPage::addButton() const
{
    return d->add;
}
QPushButton* OperatorsPage::changePinButton() const
{
    return d->changePin;
}
QPushButton* OperatorsPage::resetLockButton() const
{
    return d->resetLock;
}
QPushButton* OperatorsPage::activeButton() const
{
    return d->active;
}
QPushButton* OperatorsPage::roleButton() const
{
    return d->setRole;
}
QLabel* OperatorsPage::nameError() const
{
    return d->nameError;
}
QLabel* OperatorsPage::pinError() const
{
    return d->pinError;
}
QLabel* OperatorsPage::roleError() const
{
    return d->roleError;
}
QLabel* OperatorsPage::messageLabel() const
{
    return d->message;
}

} // namespace gatepost::gui

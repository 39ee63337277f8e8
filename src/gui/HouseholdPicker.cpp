#include "HouseholdPicker.h"

#include "TouchStyle.h"
#include "core/Registry.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gatepost::gui {

namespace {
constexpr int kDebounceMs = 250;
constexpr int kMaxAddresses = 6;
constexpr int kSearchLimit = 80; // passes; several share one address
} // namespace

struct HouseholdPicker::Private
{
    explicit Private(const core::Registry& r)
        : registry(r)
    {
    }
    const core::Registry& registry;
    QLineEdit* edit = nullptr;
    QListWidget* list = nullptr;
    QLabel* hint = nullptr;
    QTimer debounce;
    std::optional<core::Household> chosen;
    bool settingText = false;
};

HouseholdPicker::HouseholdPicker(const core::Registry& registry, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(registry))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->edit = new QLineEdit(this);
    d->edit->setObjectName(QStringLiteral("householdEdit"));
    d->edit->setPlaceholderText(tr("Part of the address, or a resident's name"));
    d->edit->setClearButtonEnabled(true);
    d->list = new QListWidget(this);
    d->list->setObjectName(QStringLiteral("householdList"));
    d->list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->list->setFocusPolicy(Qt::NoFocus);
    d->list->hide();
    d->hint = new QLabel(this);
    d->hint->setObjectName(QStringLiteral("householdHintLabel"));
    d->hint->hide();
    layout->addWidget(d->edit);
    layout->addWidget(d->list);
    layout->addWidget(d->hint);
    touch::apply(this);
    touch::makeRowsTall(d->list, touch::kTargetPx);
    d->list->setMaximumHeight(kMaxAddresses * (touch::kTargetPx + 2));

    d->debounce.setSingleShot(true);
    d->debounce.setInterval(kDebounceMs);
    connect(&d->debounce, &QTimer::timeout, this, &HouseholdPicker::searchNow);
    connect(d->edit, &QLineEdit::textChanged, this, [this] {
        if (d->settingText)
            return;
        d->chosen.reset();
        d->debounce.start();
    });
    connect(d->list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const auto h = d->registry.householdByAddress(item->text());
        if (!h)
            return;
        d->chosen = h;
        d->settingText = true;
        d->edit->setText(h->address);
        d->settingText = false;
        d->list->clear();
        d->list->hide();
        d->hint->hide();
        emit chosen(h->id);
    });
}

HouseholdPicker::~HouseholdPicker() = default;

std::optional<core::Household> HouseholdPicker::household() const
{
    return d->chosen;
}

bool HouseholdPicker::hasUnresolvedText() const
{
    return !d->chosen && !d->edit->text().trimmed().isEmpty();
}

void HouseholdPicker::reset()
{
    d->debounce.stop();
    d->chosen.reset();
    d->settingText = true;
    d->edit->clear();
    d->settingText = false;
    d->list->clear();
    d->list->hide();
    d->hint->hide();
}

void HouseholdPicker::searchNow()
{
    d->debounce.stop();
    d->list->clear();
    d->hint->hide();
    const QString text = d->edit->text().trimmed();
    if (text.isEmpty() || d->chosen) {
        d->list->hide();
        return;
    }
    if (auto exact = d->registry.householdByAddress(text)) {
        d->chosen = exact;
        d->list->hide();
        emit chosen(exact->id);
        return;
    }
    QStringList addresses;
    for (const core::PassSnapshot& s : d->registry.search(text, kSearchLimit)) {
        if (!s.holder.address.isEmpty() && !addresses.contains(s.holder.address))
            addresses << s.holder.address;
        if (addresses.size() == kMaxAddresses)
            break;
    }
    d->list->addItems(addresses);
    d->list->setVisible(!addresses.isEmpty());
    if (addresses.isEmpty()) {
        d->hint->setText(tr("No household found for \"%1\".").arg(text));
        d->hint->show();
    }
}

} // namespace gatepost::gui

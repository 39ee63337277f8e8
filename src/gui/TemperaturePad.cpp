#include "TemperaturePad.h"

#include "ui_TemperaturePad.h"

#include "TouchStyle.h"
#include "core/Policy.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLocale>
#include <QStackedWidget>

namespace gatepost::gui {

namespace {

// The digits as typed, without range check: nullopt when the shape is wrong.
std::optional<double> shapeValue(QStringView t)
{
    if (t.isEmpty() || t.count(u'.') > 1)
        return std::nullopt;
    for (QChar c : t)
        if (c != u'.' && (c < u'0' || c > u'9'))
            return std::nullopt;
    const qsizetype dot = t.indexOf(u'.');
    if (dot < 0) {
        if (t.size() == 3) // "366": tenths implied
            return t.left(2).toInt() + t.mid(2).toInt() / 10.0;
        if (t.size() <= 2)
            return t.toInt();
        return std::nullopt;
    }
    const QStringView whole = t.left(dot);
    const QStringView tenths = t.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 2 || tenths.size() > 1)
        return std::nullopt;
    return whole.toInt() + (tenths.isEmpty() ? 0 : tenths.toInt()) / 10.0;
}

} // namespace

struct TemperaturePad::Private
{
    Ui::TemperaturePad ui;
    QString typed;
    core::Policy policy = core::Policy::defaults(); // only the fever threshold is used
};

TemperaturePad::TemperaturePad(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    setFocusPolicy(Qt::StrongFocus);
    touch::apply(this);
    touch::makeTitle(d->ui.titleLabel);
    touch::makeCancel(d->ui.cancelButton);
    touch::makePrimary(d->ui.okButton);
    QFont big = d->ui.displayLabel->font();
    big.setPointSize(64);
    big.setBold(true);
    d->ui.displayLabel->setFont(big);
    d->ui.displayLabel->setMinimumHeight(120);
    QFont msg = d->ui.messageLabel->font();
    msg.setPointSize(24);
    msg.setBold(true);
    d->ui.messageLabel->setFont(msg);
    d->ui.messageLabel->setWordWrap(true);
    d->ui.messageLabel->setMinimumHeight(touch::kTargetPx);
    const auto keys = findChildren<QPushButton*>();
    for (QPushButton* key : keys) {
        if (d->ui.keyGrid->indexOf(key) >= 0) {
            // Four rows and the reading fit a 768-pixel screen; a taller screen makes the keys bigger.
            key->setMinimumHeight(touch::kTargetPx);
            key->setSizePolicy(key->sizePolicy().horizontalPolicy(), QSizePolicy::Expanding);
        }
    }
    for (int digit = 0; digit <= 9; ++digit) {
        auto* key = findChild<QPushButton*>(QStringLiteral("key%1").arg(digit));
        connect(key, &QPushButton::clicked, this, [this, digit] { press(QChar(u'0' + digit)); });
    }
    connect(d->ui.keyDot, &QPushButton::clicked, this, [this] { press(u'.'); });
    connect(d->ui.backspaceButton, &QPushButton::clicked, this, &TemperaturePad::backspace);
    connect(d->ui.okButton, &QPushButton::clicked, this, &TemperaturePad::confirm);
    connect(d->ui.cancelButton, &QPushButton::clicked, this, &TemperaturePad::cancelled);
    refresh();
}

TemperaturePad::~TemperaturePad() = default;

void TemperaturePad::reset()
{
    d->typed.clear();
    refresh();
}

QString TemperaturePad::text() const
{
    return d->typed;
}

void TemperaturePad::setFeverThreshold(double celsius)
{
    d->policy.feverThreshold = celsius;
    refresh();
}

std::optional<double> TemperaturePad::parse(QStringView typed)
{
    const std::optional<double> v = shapeValue(typed);
    if (!v || *v < kMinCelsius - 1e-9 || *v > kMaxCelsius + 1e-9)
        return std::nullopt;
    return v;
}

void TemperaturePad::press(QChar key)
{
    // Refuse a key that could never make a valid reading, so the display never shows nonsense.
    const QString next = d->typed + key;
    if (!shapeValue(next))
        return;
    d->typed = next;
    refresh();
}

void TemperaturePad::backspace()
{
    d->typed.chop(1);
    refresh();
}

void TemperaturePad::confirm()
{
    const std::optional<double> v = parse(d->typed);
    if (!v) {
        d->ui.messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
        d->ui.messageLabel->setText(
            tr("Enter a temperature between %1 and %2 °C.")
                .arg(QLocale().toString(kMinCelsius, 'f', 1), QLocale().toString(kMaxCelsius, 'f', 1)));
        return;
    }
    emit entered(*v);
}

void TemperaturePad::refresh()
{
    const std::optional<double> v = shapeValue(d->typed);
    QString shown = d->typed;
    if (!shown.contains(u'.') && shown.size() == 3)
        shown.insert(2, u'.');
    const bool fever = v && parse(d->typed) && d->policy.isFever(*v);
    d->ui.displayLabel->setText(shown.isEmpty() ? QStringLiteral("--.- °C") : shown + QStringLiteral(" °C"));
    d->ui.displayLabel->setStyleSheet(fever             ? QStringLiteral("QLabel { color: #c00000; }")
                                      : shown.isEmpty() ? QStringLiteral("QLabel { color: #909090; }")
                                                        : QString());
    d->ui.messageLabel->setStyleSheet(fever ? QStringLiteral("QLabel { color: #c00000; }") : QString());
    d->ui.messageLabel->setText(fever ? tr("Fever") : QString());
}

void TemperaturePad::keyPressEvent(QKeyEvent* event)
{
    const int k = event->key();
    if (k >= Qt::Key_0 && k <= Qt::Key_9)
        press(QChar(u'0' + (k - Qt::Key_0)));
    else if (k == Qt::Key_Period || k == Qt::Key_Comma)
        press(u'.');
    else if (k == Qt::Key_Backspace || k == Qt::Key_Delete)
        backspace();
    else if (k == Qt::Key_Return || k == Qt::Key_Enter)
        confirm();
    else if (k == Qt::Key_Escape)
        emit cancelled();
    else
        return QWidget::keyPressEvent(event);
    event->accept();
}

void TemperaturePad::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    setFocus(Qt::OtherFocusReason);
}

void showTemperatureOn(QAbstractButton* button, std::optional<double> celsius, const core::Policy& policy)
{
    if (!celsius) {
        button->setText(TemperaturePad::tr("Not taken: tap to enter"));
        button->setStyleSheet(QString());
        return;
    }
    const bool fever = policy.isFever(*celsius);
    const QString value = QLocale().toString(*celsius, 'f', 1);
    button->setText(fever ? TemperaturePad::tr("%1 °C: fever").arg(value)
                          : TemperaturePad::tr("%1 °C").arg(value));
    button->setStyleSheet(fever ? QStringLiteral("QPushButton { color: #c00000; font-weight: bold; }")
                                : QString());
}

void embedTemperaturePad(TemperaturePad* pad, QStackedWidget* pages, QWidget* formPage, QWidget* padPage,
                         QAbstractButton* openButton, const QList<QWidget*>& formButtons,
                         std::function<void(double)> onEntered)
{
    QObject::connect(openButton, &QAbstractButton::clicked, pad, [pad, pages, padPage] {
        pad->reset();
        pages->setCurrentWidget(padPage);
        pad->setFocus(Qt::OtherFocusReason);
    });
    QObject::connect(pad, &TemperaturePad::entered, pad,
                     [pages, formPage, onEntered = std::move(onEntered)](double celsius) {
                         onEntered(celsius);
                         pages->setCurrentWidget(formPage);
                     });
    QObject::connect(pad, &TemperaturePad::cancelled, pad,
                     [pages, formPage] { pages->setCurrentWidget(formPage); });
    // Only the page on show may size the stack: the tall pad must not push the form's own
    // buttons below the bottom of an 800-pixel screen.
    const auto fit = [pages, formPage, formButtons] {
        const bool form = pages->currentWidget() == formPage;
        for (QWidget* w : formButtons)
            w->setVisible(form);
        for (int i = 0; i < pages->count(); ++i) {
            QWidget* page = pages->widget(i);
            const auto policy =
                page == pages->currentWidget() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            page->setSizePolicy(policy, policy);
        }
        pages->updateGeometry();
    };
    fit();
    QObject::connect(pages, &QStackedWidget::currentChanged, pad, fit);
}

} // namespace gatepost::gui

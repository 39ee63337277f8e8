#pragma once

// A large numeric pad for a body temperature (gloves: keys >= 15 mm). Accepts 30.0-45.0 °C;
// "36.6", "366" (no dot: tenths implied) both mean 36.6. The display turns red with "Fever"
// at the threshold while typing. Physical keyboard digits, '.', Backspace, Enter and Escape
// work too.

#include "core/Policy.h"
#include "core/Rules.h"

#include <QList>
#include <QWidget>

#include <functional>

#include <memory>
#include <optional>

class QAbstractButton;
class QStackedWidget;

namespace gatepost::gui {

class TemperaturePad final : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kMinCelsius = core::kMinPlausibleTemperature;
    static constexpr double kMaxCelsius = core::kMaxPlausibleTemperature;

    explicit TemperaturePad(QWidget* parent = nullptr);
    ~TemperaturePad() override;
    void reset();
    QString text() const;
    /// Inclusive, °C; Policy::defaults().feverThreshold (37.3) until set.
    void setFeverThreshold(double celsius);

    /// "36.6" -> 36.6, "366" -> 36.6 (three digits: tenths implied), "37" -> 37.0. More than one
    /// decimal, other characters or a value outside 30.0-45.0 -> nullopt.
    static std::optional<double> parse(QStringView typed);

signals:
    void entered(double celsius);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void press(QChar key);
    void backspace();
    void confirm();
    void refresh();

    struct Private;
    std::unique_ptr<Private> d;
};

/// Shows a reading (or "not taken") on the button that opens the pad, in red when it is a fever.
void showTemperatureOn(QAbstractButton* button, std::optional<double> celsius, const core::Policy& policy);

/// Embeds @p pad in a form: @p openButton shows @p padPage of @p pages, a reading goes to
/// @p onEntered and back to @p formPage, Cancel goes back too; while the pad is shown it owns
/// OK/Cancel, so the form's own @p formButtons are hidden.
void embedTemperaturePad(TemperaturePad* pad, QStackedWidget* pages, QWidget* formPage, QWidget* padPage,
                         QAbstractButton* openButton, const QList<QWidget*>& formButtons,
                         std::function<void(double)> onEntered);

} // namespace gatepost::gui

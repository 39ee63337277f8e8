#pragma once

// A large numeric pad for a body temperature (gloves: keys >= 15 mm). Accepts 30.0-45.0 °C;
// "36.6", "366" (no dot: tenths implied) both mean 36.6.

#include <QWidget>

#include <memory>

namespace gatepost::gui {

class TemperaturePad final : public QWidget
{
    Q_OBJECT

public:
    explicit TemperaturePad(QWidget* parent = nullptr);
    ~TemperaturePad() override;
    void reset();
    QString text() const;

signals:
    void entered(double celsius);
    void cancelled();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui

#pragma once

// The shift lead's handover screen: pick a shift (the one that just ended by default) and a gate,
// read its report (crossings per gate and category, refusals by reason, overrides, incidents,
// fevers), write notes and open matters, sign as the outgoing lead with a PIN, acknowledge as the
// incoming lead, save it as a PDF or print it. The core counts and checks (core::HandoverDesk);
// this page shows what it returns.

#include <QWidget>

#include <memory>

namespace gatepost::core {
class Auth;
class Clock;
class Database;
class Registry;
struct HandoverReport;
} // namespace gatepost::core

namespace gatepost::gui {

class HandoverPage final : public QWidget
{
    Q_OBJECT

public:
    HandoverPage(core::Database& db, core::Auth& auth, core::Registry& registry, const QString& stationId,
                 const core::Clock& clock, QWidget* parent = nullptr);
    ~HandoverPage() override;

    /// Shows @p shiftId ("YYYY-MM-DD/N") at @p gate (empty: both gates).
    void showShift(const QString& shiftId, const QString& gate = {});
    /// The report on screen.
    const core::HandoverReport& report() const;
    /// Writes the report on screen as a PDF; false (and a message on the page) when it cannot.
    bool savePdf(const QString& path);

private:
    void reload();
    void sign();
    void acknowledge();
    void print();
    void chooseFile();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gatepost::gui

#pragma once

// Passes: serial, holder, category, validity, status, generation; search by serial (or a
// code), holder's name or pinyin, plate or address, narrowed by status. Issue one or a batch,
// reissue (the old card stops working), report lost, suspend, resume, revoke, extend the
// validity: each asks why where the core keeps a reason, and says what happened. Ctrl+P
// hands the chosen passes to the print action the office window was given.

#include "RegistryPage.h"

#include "core/Types.h"

#include <functional>

class QComboBox;

namespace gatepost::gui::office {

class PassesPage final : public RegistryPage
{
    Q_OBJECT

public:
    using PrintHandler = std::function<void(const QStringList& serials, QWidget* parent)>;

    explicit PassesPage(OfficeServices& services, QWidget* parent = nullptr);

    /// Where "Print" sends the chosen serials (the print part's entry point); none: no button.
    void setPrintHandler(PrintHandler handler);
    /// The serials of every chosen row, in table order.
    QStringList selectedSerials() const;

    void addNew() override;      // issue one pass
    void editCurrent() override; // extend the validity
    void issueBatch();
    void reissue();
    void reportLost();
    void suspend();
    void resume();
    void revoke();
    void extend();
    void print();

protected:
    QStringList headers() const override;
    QList<OfficeTableModel::Row> search(const QString& text, qint64* total) override;
    void retranslate() override;
    void updateActions() override;

private:
    using Change = std::function<core::Pass(const QString& serial, const QString& reason)>;
    void changeStatus(const QString& title, const QString& what, const QString& warning, Change change,
                      const QString& done);
    QString holderOf(const QVariant& key) const;

    PrintHandler m_print;
    QComboBox* m_statusFilter = nullptr;
    QPushButton* m_issue = nullptr;
    QPushButton* m_batch = nullptr;
    QPushButton* m_reissue = nullptr;
    QPushButton* m_lost = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_extend = nullptr;
    QPushButton* m_printButton = nullptr;
};

} // namespace gatepost::gui::office

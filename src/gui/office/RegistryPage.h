#pragma once

// One registry tab of the office (households, people, vehicles, passes): a search field that
// searches as you type, a table of what the core found, a row of actions, and a line that
// says what the last action did. Ctrl+F goes to the search field, Ctrl+N adds, F2 or Enter
// (or a double click) edits the chosen row. The subclasses say what is searched and shown;
// the core decides everything else.

#include "OfficeTableModel.h"

#include <QWidget>

#include <exception>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace gatepost::gui {
struct OfficeServices;
}

namespace gatepost::gui::office {

class RegistryPage : public QWidget
{
    Q_OBJECT

public:
    /// How many rows a search shows at most (the count line says how many matched).
    static constexpr int kRowLimit = 200;

    RegistryPage(OfficeServices& services, const char* objectName, QWidget* parent = nullptr);
    ~RegistryPage() override;

    void focusSearch();
    void setSearchText(const QString& text);
    QString searchText() const;
    /// Runs the search now (after an edit, or instead of waiting for the typing pause).
    void refresh();
    /// The key of the chosen row (a person id, a serial), invalid when none is chosen.
    QVariant currentKey() const;
    /// Chooses the row with @p key when it is shown.
    bool select(const QVariant& key);
    QTableView* table() const { return m_table; }
    OfficeTableModel* model() const { return m_model; }
    /// What the last action did (or why it was refused), as shown under the table.
    QString message() const;

    virtual void addNew() = 0;
    virtual void editCurrent() = 0;

signals:
    /// After a change the other tabs may show (a person added, a pass issued).
    void registryChanged();

protected:
    /// The table's column titles, in the current language.
    virtual QStringList headers() const = 0;
    /// Rows for @p text (empty: the first rows of everything); *total = how many matched.
    virtual QList<OfficeTableModel::Row> search(const QString& text, qint64* total) = 0;
    /// The page's own words (buttons, placeholder), again after a language switch.
    virtual void retranslate() = 0;
    /// Which of the page's buttons make sense for the chosen row.
    virtual void updateActions() {}

    QPushButton* addButton(const char* objectName);
    /// A filter beside the search field.
    void addBesideSearch(QWidget* widget);
    void showResult(const QString& text);
    void showError(const QString& text);
    /// A failed core call in words: a refusal's text, a database problem, never what().
    void showFailure(const std::exception& e);
    void changeEvent(QEvent* event) override;

    OfficeServices& m_services;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_countLabel = nullptr;

private:
    void retranslateBase();

    OfficeTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QHBoxLayout* m_top = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTimer* m_typingPause = nullptr;
    qint64 m_total = 0;
};

} // namespace gatepost::gui::office

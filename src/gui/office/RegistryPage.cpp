#include "RegistryPage.h"

#include "gui/RefusalText.h"
#include "gui/office/OfficeServices.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gatepost::gui::office {

namespace {
constexpr int kTypingPauseMs = 120;
}

RegistryPage::RegistryPage(OfficeServices& services, const char* objectName, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new OfficeTableModel(this))
{
    setObjectName(QLatin1String(objectName));
    auto* layout = new QVBoxLayout(this);
    auto* top = m_top = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    top->addWidget(m_searchEdit, 1);
    top->addWidget(m_countLabel);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Column widths from every row shown (200 at most), not only those in view when the page is
    // filled: before the window is laid out that is a handful, and longer addresses were cut off.
    m_table->verticalHeader()->setResizeContentsPrecision(-1);
    layout->addWidget(m_table, 1);

    m_actions = new QHBoxLayout;
    layout->addLayout(m_actions);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageLabel);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &RegistryPage::refresh);
    connect(m_searchEdit, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        refresh();
        if (m_model->rowCount() > 0) {
            m_table->setFocus(Qt::ShortcutFocusReason);
            m_table->selectRow(0);
        }
    });
    connect(m_table, &QTableView::activated, this, [this] { editCurrent(); }); // Enter, double click
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::Find, [this] { focusSearch(); });
    shortcut(QKeySequence::New, [this] { addNew(); });
    shortcut(QKeySequence(Qt::Key_F2), [this] { editCurrent(); });
}

RegistryPage::~RegistryPage() = default;

void RegistryPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void RegistryPage::setSearchText(const QString& text)
{
    m_searchEdit->setText(text);
    refresh();
}

QString RegistryPage::searchText() const
{
    return m_searchEdit->text();
}

void RegistryPage::refresh()
{
    m_typingPause->stop();
    const QVariant keep = currentKey();
    try {
        qint64 total = 0;
        m_model->setRows(search(m_searchEdit->text().trimmed(), &total));
        m_total = total;
        m_table->resizeColumnsToContents(); // 200 rows at most: cheap, and no address cut off
    } catch (const std::exception& e) {
        m_model->setRows({});
        m_total = 0;
        showFailure(e);
    }
    retranslateBase();
    if (keep.isValid())
        select(keep);
    updateActions();
}

QVariant RegistryPage::currentKey() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_model->key(current.row());
}

bool RegistryPage::select(const QVariant& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

QString RegistryPage::message() const
{
    return m_messageLabel->text();
}

QPushButton* RegistryPage::addButton(const char* objectName)
{
    auto* button = new QPushButton(this);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoDefault(false);
    m_actions->addWidget(button);
    return button;
}

void RegistryPage::addBesideSearch(QWidget* widget)
{
    m_top->insertWidget(1, widget);
}

void RegistryPage::showResult(const QString& text)
{
    m_messageLabel->setStyleSheet({});
    m_messageLabel->setText(text);
}

void RegistryPage::showError(const QString& text)
{
    m_messageLabel->setStyleSheet(QStringLiteral("color: #B00020;"));
    m_messageLabel->setText(text);
}

void RegistryPage::showFailure(const std::exception& e)
{
    showError(RefusalText::error(e));
}

void RegistryPage::retranslateBase()
{
    m_model->setHeaders(headers());
    m_countLabel->setText(m_total > m_model->rowCount()
                              ? tr("%1 of %2 shown").arg(m_model->rowCount()).arg(m_total)
                              : tr("%1 found").arg(m_total));
}

void RegistryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateBase();
        refresh(); // category and status names in the rows
    }
    QWidget::changeEvent(event);
}

} // namespace gatepost::gui::office

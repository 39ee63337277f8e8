#include "TouchStyle.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>

namespace gatepost::gui::touch {

namespace {

void growFont(QWidget* w, int pt, bool bold = false)
{
    QFont f = w->font();
    if (f.pointSize() < pt)
        f.setPointSize(pt);
    if (bold)
        f.setBold(true);
    w->setFont(f);
}

// Rows of at least a glove's height; multi-line rows grow beyond it.
class TallRowDelegate final : public QStyledItemDelegate
{
public:
    TallRowDelegate(int rowPx, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_rowPx(rowPx)
    {
    }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(qMax(s.height() + 16, m_rowPx));
        return s;
    }

private:
    int m_rowPx = kTargetPx;
};

void growHeight(QWidget* w, int px)
{
    if (w->minimumHeight() < px)
        w->setMinimumHeight(px);
}

} // namespace

void apply(QWidget* root)
{
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            growHeight(b, kTargetPx);
            growFont(b, kInputPt);
            if (qobject_cast<QPushButton*>(b))
                b->setFocusPolicy(Qt::NoFocus);
            // Only a button narrower than a glove (a digit) gets a minimum width: a fixed one
            // would let a layout cut a longer label short on a small screen.
            if (b->minimumWidth() < kTargetPx && b->minimumSizeHint().width() < kTargetPx &&
                !qobject_cast<QCheckBox*>(b) && !qobject_cast<QRadioButton*>(b))
                b->setMinimumWidth(kTargetPx);
        } else if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                   qobject_cast<QAbstractSpinBox*>(w)) {
            growHeight(w, kTargetPx);
            growFont(w, kInputPt);
        } else if (qobject_cast<QListWidget*>(w)) {
            growFont(w, kInputPt);
        } else if (qobject_cast<QLabel*>(w)) {
            growFont(w, kLabelPt);
        }
    }
    // Check boxes draw a tiny square by default: make the square itself a glove target.
    root->setStyleSheet(
        root->styleSheet() +
        QStringLiteral("QCheckBox::indicator, QRadioButton::indicator { width: 44px; height: 44px; }"
                       "QCheckBox, QRadioButton { spacing: 16px; }"));
}

void makePrimary(QPushButton* button)
{
    growHeight(button, kPrimaryPx);
    growFont(button, kInputPt + 4, true);
    button->setMinimumWidth(qMax(button->minimumWidth(), 3 * kTargetPx));
    button->setStyleSheet(
        QStringLiteral("QPushButton { background: #1b7f3b; color: white; border-radius: 8px;"
                       " padding: 8px 24px; }"
                       "QPushButton:disabled { background: #8aa892; }"));
}

void makeCancel(QPushButton* button)
{
    growHeight(button, kTargetPx + 16);
    button->setMinimumWidth(qMax(button->minimumWidth(), 3 * kTargetPx));
}

void makeTitle(QLabel* label)
{
    growFont(label, kTitlePt, true);
}

void makeError(QLabel* label)
{
    growFont(label, kLabelPt, true);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
    label->setVisible(!label->text().isEmpty());
}

void setError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void sizeByCurrentPage(QStackedWidget* pages)
{
    const auto fit = [pages] {
        for (int i = 0; i < pages->count(); ++i) {
            QWidget* page = pages->widget(i);
            const auto policy =
                page == pages->currentWidget() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            page->setSizePolicy(policy, policy);
        }
        pages->updateGeometry();
    };
    fit();
    QObject::connect(pages, &QStackedWidget::currentChanged, pages, fit);
}

void makeRowsTall(QAbstractItemView* view, int rowPx)
{
    view->setItemDelegate(new TallRowDelegate(rowPx, view));
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

} // namespace gatepost::gui::touch

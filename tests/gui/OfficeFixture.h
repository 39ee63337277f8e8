#pragma once

// The office window on a real station file (opened and wired by the app's own code:
// app::Station, app::officeServices), with a small registry the office tests know by name.

#include "FakeClock.h"
#include "Widgets.h"
#include "app/Station.h"
#include "app/gui/OfficeStation.h"
#include "core/AuditTrail.h"
#include "core/Auth.h"
#include "core/Formats.h"
#include "core/Registry.h"
#include "gui/Prompts.h"
#include "gui/office/OfficeDialog.h"
#include "gui/office/OfficeWindow.h"
#include "gui/office/RegistryPage.h"

#include <QApplication>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace gatepost::test {

class OfficeFixture
{
protected:
    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<app::Station> m_station;
    core::Registry* m_registry = nullptr;
    qint64 m_home = 0;      // 清河四街 12排 3号, main area
    qint64 m_courtyard = 0; // 一号院 4号, courtyard 1
    qint64 m_wang = 0;      // 王小明, with ID number and phone, at m_home
    qint64 m_li = 0;        // 李娜, migrant, at m_courtyard
    qint64 m_car = 0;       // 京E·76D65, at m_home
    QString m_wangId;

    static QString validId(const QString& first17)
    {
        return first17 + core::formats::idCheckCharacter(first17);
    }

    /// @p small: the few households and people above (else an empty registry, for the demo community).
    void setUp(bool small = true)
    {
        m_station = app::Station::open(m_dir.filePath(QStringLiteral("office.db")),
                                       app::Station::Mode::CreateIfMissing, app::Station::Access::ReadWrite,
                                       std::make_unique<ClockRef>(m_clock));
        m_registry = &m_station->registry();
        m_registry->initStation(QStringLiteral("office"), QStringLiteral("office"));
        auto& auth = m_station->auth();
        const core::Actor setup = core::Actor::system(QStringLiteral("test"));
        auth.addOperator(QStringLiteral("王芳"), core::Role::Staff, QStringLiteral("2580"), setup);
        auth.addOperator(QStringLiteral("李强"), core::Role::Volunteer, QStringLiteral("1234"), setup);
        auth.addOperator(QStringLiteral("张伟"), core::Role::ShiftLead, QStringLiteral("2468"), setup);
        if (!small)
            return;
        m_home = m_registry->addHousehold({0, QStringLiteral("清河四街 12排 3号"), 0, {}});
        m_courtyard = m_registry->addHousehold({0, QStringLiteral("一号院 4号"), 1, {}});
        m_wangId = validId(QStringLiteral("11010819900101123"));
        core::Person wang;
        wang.householdId = m_home;
        wang.name = QStringLiteral("王小明");
        wang.phone = QStringLiteral("13812345678");
        wang.idNumber = m_wangId;
        m_wang = m_registry->addPerson(wang);
        core::Person li;
        li.householdId = m_courtyard;
        li.name = QStringLiteral("李娜");
        li.category = core::Category::MigrantResident;
        m_li = m_registry->addPerson(li);
        core::Vehicle car;
        car.householdId = m_home;
        car.plate = QStringLiteral("京E·76D65");
        m_car = m_registry->addVehicle(car);
    }
    void tearDown()
    {
        gui::Prompts::clearScript();
        m_registry = nullptr;
        m_station.reset();
    }

    core::Operator staff() const
    {
        const auto op = m_station->auth().operators();
        for (const core::Operator& o : op)
            if (o.name == QStringLiteral("王芳"))
                return o;
        qFatal("no staff operator");
    }

    /// The office window, shown, with 王芳 (staff) signed on.
    std::unique_ptr<gui::OfficeWindow> office(bool signOn = true)
    {
        auto w = std::make_unique<gui::OfficeWindow>(app::officeServices(*m_station));
        w->resize(1366, 768);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qFatal("office window not exposed");
        if (signOn && !w->signOn(staff()))
            qFatal("staff cannot sign on");
        return w;
    }

    static gui::office::RegistryPage* show(gui::OfficeWindow& w, const char* page)
    {
        gui::office::RegistryPage* p = w.page(page);
        if (!p)
            qFatal("no page %s", page);
        w.tabs()->setCurrentWidget(p);
        return p;
    }

    /// The dialog a page opened (open(), not exec()): the newest visible one named @p name.
    template<class T = QDialog> static T* dialog(QWidget* page, const char* name)
    {
        T* found = nullptr;
        const auto all = page->findChildren<T*>(QLatin1String(name));
        for (T* d : all)
            if (d->isVisible())
                found = d;
        if (!found)
            qFatal("no open dialog %s", name);
        return found;
    }

    /// Keys for ASCII, the input method's commit for Chinese (as a pinyin IME delivers it).
    static void typeInto(QWidget* w, const QString& text)
    {
        w->setFocus(Qt::OtherFocusReason);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(w, QString(c));
            } else {
                QInputMethodEvent ime;
                ime.setCommitString(QString(c));
                QApplication::sendEvent(w, &ime);
            }
        }
    }

    static void type(QWidget* parent, const char* edit, const QString& text)
    {
        auto* e = child<QLineEdit>(parent, edit);
        e->clear();
        typeInto(e, text);
    }

    /// A key as the person at the keyboard presses it: in the active window, on @p w.
    static void press(QWidget* w, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QApplication::setActiveWindow(w->window());
        w->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(w, Qt::Key(key), modifiers);
    }

    static void click(QWidget* parent, const char* button)
    {
        auto* b = child<QPushButton>(parent, button);
        if (!b->isEnabled())
            qFatal("button %s is disabled", button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    /// Chooses the row with @p key on @p page.
    static void choose(gui::office::RegistryPage* page, const QVariant& key)
    {
        page->refresh();
        if (!page->select(key))
            qFatal("row not shown");
    }

    /// Cells of column @p column of every row shown.
    static QStringList column(gui::office::RegistryPage* page, int column)
    {
        QStringList out;
        for (const auto& row : page->model()->rows())
            out << row.cells.value(column);
        return out;
    }

    QList<core::AuditEntry> audit(const QString& action) const
    {
        core::AuditTrail trail(m_station->db(), m_clock);
        QList<core::AuditEntry> out;
        for (const core::AuditEntry& e : trail.query())
            if (e.action == action)
                out << e;
        return out;
    }
};

} // namespace gatepost::test

using gatepost::test::child;

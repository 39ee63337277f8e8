#pragma once

// The whole gate screen on a real demo community in a real SQLite file, shared by the station
// window tests and the screenshot run for the user guide.

#include "FakeClock.h"
#include "Widgets.h"
#include "app/Station.h"
#include "app/gui/GateServices.h"
#include "core/Auth.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/DemoCommunity.h"
#include "core/GateDesk.h"
#include "core/Registry.h"
#include "core/StationSettings.h"
#include "gui/Language.h"
#include "gui/Prompts.h"
#include "gui/ScannerInput.h"
#include "gui/SignOnDialog.h"
#include "gui/StationWindow.h"
#include "gui/StatusStrip.h"
#include "gui/VerdictPanel.h"
#include "scan/ScanPipeline.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>

namespace gatepost::test {

using namespace gatepost;

class StationFixture
{
protected:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    // The station opened and wired by the app's own composition root (app::Station,
    // app::gateServices), on a real file; the pointers below are its services.
    std::unique_ptr<app::Station> m_db;
    core::Registry* m_registry = nullptr;
    core::CrossingLog* m_log = nullptr;
    core::Checkpoint* m_checkpoint = nullptr;
    core::GateDesk* m_desk = nullptr;
    core::Auth* m_auth = nullptr;
    std::unique_ptr<gui::StationServices> m_services;
    QStringList m_allowed; // codes that pass at the north gate, going in, right now
    QString m_vehicle;
    QString m_revoked;
    int m_nextAllowed = 0;

    std::unique_ptr<gui::StationWindow> station(scan::ScanPipeline* pipeline = nullptr)
    {
        core::StationSettings settings = core::StationSettings::load(m_db->db());
        settings.muted = true;
        settings.rapidModeSeconds = 0;
        core::Operator op;
        op.name = QStringLiteral("Li Wei");
        auto w = std::make_unique<gui::StationWindow>(*m_services, settings, op, pipeline);
        w->resize(1280, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qFatal("window not exposed");
        return w;
    }
    QString nextAllowed() { return m_allowed.at(m_nextAllowed++); }
    static QWidget* scanPage(gui::StationWindow& w) { return child<QWidget>(&w, "scanPage"); }
    static QColor verdictPixel(gui::StationWindow& w)
    {
        return QColor(w.verdictPanel()->grab().toImage().pixel(3, 3));
    }

    // A pass of this category that is green at the north gate going in right now.
    core::Pass greenPass(core::Category category)
    {
        core::PassFilter f;
        f.status = core::PassStatus::Active;
        f.category = category;
        f.limit = 400;
        for (const core::Pass& p : m_registry->passes(f)) {
            core::CheckInput in;
            in.codeText = core::Registry::qrText(p);
            in.gate = QStringLiteral("north");
            if (m_checkpoint->evaluate(in).verdict == core::Verdict::Allow)
                return p;
        }
        qFatal("no green pass left");
    }
    static void pickHousehold(QWidget* panel, const QString& address)
    {
        child<QLineEdit>(panel, "householdEdit")->setText(address.left(address.size() - 1));
        auto* list = child<QListWidget>(panel, "householdList");
        QTRY_VERIFY(list->isVisible() && list->count() > 0);
        const auto found = list->findItems(address, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    }

    // Builds the demo community and the services (call from initTestCase).
    void setUp()
    {
        m_db = app::Station::open(m_dir.filePath(QStringLiteral("station.db")),
                                  app::Station::Mode::CreateIfMissing, app::Station::Access::ReadWrite,
                                  std::make_unique<ClockRef>(m_clock));
        m_db->registry().initStation(QStringLiteral("north-1"), QStringLiteral("north"));
        core::DemoOptions opts;
        opts.seed = 3;
        opts.today = QDate(2026, 3, 1);
        core::generateDemoCommunity(m_db->db(), opts);
        m_services = std::make_unique<gui::StationServices>(app::gateServices(*m_db));
        m_registry = &m_services->registry;
        m_log = &m_services->log;
        m_checkpoint = &m_services->checkpoint;
        m_desk = &m_services->desk;
        m_auth = &m_services->auth;

        auto allowedNow = [this](const core::Pass& p) {
            core::CheckInput in;
            in.codeText = core::Registry::qrText(p);
            in.gate = QStringLiteral("north");
            return m_checkpoint->evaluate(in).verdict == core::Verdict::Allow;
        };
        core::PassFilter f;
        f.status = core::PassStatus::Active;
        f.category = core::Category::RegisteredResident;
        f.limit = 200;
        for (const core::Pass& p : m_registry->passes(f))
            if (allowedNow(p))
                m_allowed << core::Registry::qrText(p);
        QVERIFY(m_allowed.size() > 20);
        f.category = core::Category::InternalVehicle;
        for (const core::Pass& p : m_registry->passes(f))
            if (m_vehicle.isEmpty() && allowedNow(p))
                m_vehicle = core::Registry::qrText(p);
        QVERIFY(!m_vehicle.isEmpty());
        f.status = core::PassStatus::Revoked;
        f.category.reset();
        const auto revoked = m_registry->passes(f);
        QVERIFY(!revoked.isEmpty());
        m_revoked = core::Registry::qrText(revoked.first());
    }
    void tearDown()
    {
        m_services.reset();
        m_auth = nullptr;
        m_desk = nullptr;
        m_checkpoint = nullptr;
        m_log = nullptr;
        m_registry = nullptr;
        m_db.reset();
    }
};

} // namespace gatepost::test

using gatepost::test::child;

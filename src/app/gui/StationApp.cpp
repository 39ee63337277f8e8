#include "StationApp.h"

#include "GateServices.h"
#include "OfficeStation.h"

#include "app/DemoCamera.h"
#include "app/DemoSetup.h"
#include "app/Station.h"
#include "app/SyncService.h"
#include "core/Auth.h"
#include "core/Database.h"
#include "core/Duty.h"
#include "core/EventLog.h"
#include "core/Registry.h"
#include "core/StationSettings.h"
#include "gui/FirstRunDialog.h"
#include "gui/Language.h"
#include "gui/SignOnDialog.h"
#include "gui/StartupErrors.h"
#include "gui/StationServices.h"
#include "gui/StationWindow.h"
#include "gui/StatusStrip.h"
#include "gui/office/OfficePanels.h"
#include "gui/office/OfficeWindow.h"
#include "scan/ScanPipeline.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <optional>

namespace gatepost::app {

struct StationApp::Private
{
    QElapsedTimer sinceStart;
    std::unique_ptr<Station> station;
    std::unique_ptr<SyncService> sync; // the hub, in the background: after the station, before it goes
    std::unique_ptr<gui::StationServices> services;
    std::unique_ptr<scan::ScanPipeline> pipeline;
    std::unique_ptr<gui::StationWindow> window;
    std::unique_ptr<gui::OfficeWindow> office;
    core::StationSettings settings;
    std::optional<core::Operator> op;
    QTimer deferredAudit; // exports read beside this station, written into its audit trail
    QString gate;
    bool windowed = false;
};

namespace {

void complain(const QString& message)
{
    QTextStream(stderr) << "gatepost: " << message << Qt::endl;
}

// Who was on duty (core/Duty.h). A record that cannot be written does not stop the gate: the
// volunteer keeps working and stderr says why.
void recordDuty(Station& station, const std::function<void(core::DutyLog&)>& write)
{
    try {
        core::DutyLog duty(station.db(), station.clock());
        write(duty);
    } catch (const core::DbError& e) {
        complain(QStringLiteral("duty record not written: %1").arg(e.message()));
    }
}

} // namespace

StationApp::StationApp()
    : d(std::make_unique<Private>())
{
    d->sinceStart.start();
}

StationApp::~StationApp()
{
    // Closing the gate screen (or the office) ends the duty of whoever was signed on.
    if (d->window && d->op && d->station && !d->station->isReadOnly())
        recordDuty(*d->station, [op = *d->op](core::DutyLog& duty) { duty.signOff(op); });
    if (d->office && d->station && !d->station->isReadOnly())
        if (const auto op = d->office->signedOn())
            recordDuty(*d->station, [op = *op](core::DutyLog& duty) { duty.signOff(op); });
    // The window holds references into the services and the pipeline: it goes first.
    d->window.reset();
    d->office.reset();
    d->pipeline.reset();
    if (d->station)
        d->station->events().setOnEventsMade({});
    d->sync.reset();
}

void StationApp::startSync()
{
    d->sync = std::make_unique<SyncService>(d->station->db().path(), d->station->clock());
    // What this station commits leaves at once (a revocation at the office, a crossing at a gate).
    SyncService* sync = d->sync.get();
    d->station->events().setOnEventsMade([sync] { sync->localChange(); });
    connect(sync, &SyncService::healthChanged, this, [this](const core::SyncHealth& h) {
        if (d->window)
            d->window->statusStrip()->setSyncHealth(h);
        if (d->office) {
            d->office->setSyncHealth(h);
            d->office->refreshCounts(); // what a pull brought in
        }
    });
    d->sync->start();
}

int StationApp::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gatepost gate station"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Station database."), QStringLiteral("FILE")},
        {QStringLiteral("demo"), QStringLiteral("The demo community, a demo operator and a demo camera.")},
        {QStringLiteral("camera"), QStringLiteral("Camera index, device path, video file or image folder."),
         QStringLiteral("SOURCE")},
        {QStringLiteral("gate"), QStringLiteral("Gate this station logs (north, south, ...)."),
         QStringLiteral("G")},
        {QStringLiteral("direction"), QStringLiteral("in or out."), QStringLiteral("D")},
        {QStringLiteral("lang"), QStringLiteral("zh_CN or en."), QStringLiteral("LANG")},
        {QStringLiteral("windowed"), QStringLiteral("A normal window instead of kiosk full screen.")},
    });
    parser.process(arguments);

    const bool demo = parser.isSet(QStringLiteral("demo"));
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = demo ? defaultDemoDatabasePath() : defaultDatabasePath();

    // Who can see a message box: nobody on the offscreen platform, and the program must exit
    // at once rather than wait for a click.
    const auto reportStartupError = [&parser](const QString& text) {
        const QString lang = parser.value(QStringLiteral("lang"));
        gui::installTranslations(gui::uiLocale(lang)); // Chinese unless --lang says otherwise
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            gui::showStartupError(text);
    };
    try {
        // --demo on an existing file checks read-only that it is a demo file before anything
        // writes: a real station's file never gets the demo operators.
        if (demo)
            ensureDemoDatabase(path);
        d->station = Station::open(path, Station::Mode::CreateIfMissing);
        if (demo)
            ensureDemoOperators(d->station->auth());
        QString error;
        d->settings = core::StationSettings::load(d->station->db(), &error);
        if (!error.isEmpty())
            complain(QStringLiteral("station settings ignored: %1").arg(error));
    } catch (const core::DbError& e) {
        complain(QStringLiteral("cannot open %1: %2").arg(path, e.message()));
        reportStartupError(gui::startupErrorText(e));
        return 1;
    } catch (const std::exception& e) {
        // The technical words go to stderr for whoever looks after the PC; the screen says it plainly.
        complain(QStringLiteral("cannot open %1: %2").arg(path, technicalDetail(e)));
        reportStartupError(gui::startupFailureText(path));
        return 1;
    }

    // Other programs may read this file meanwhile (gatepost-cli log, audit); the exports they could
    // not record while this station holds the file are written into its trail here.
    connect(&d->deferredAudit, &QTimer::timeout, this, [this] {
        try {
            d->station->importDeferredAudit();
        } catch (const core::DbError& e) {
            complain(QStringLiteral("deferred audit records not written yet: %1").arg(e.message()));
        }
    });
    d->deferredAudit.start(60'000);

    const QString lang =
        parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : d->settings.language;
    const QLocale locale = gui::uiLocale(lang);
    QLocale::setDefault(locale);
    gui::installTranslations(locale);

    auto& registry = d->station->registry();
    if (!d->station->hasIdentity()) {
        complain(QStringLiteral(
                     "%1 has no station identity: run gatepost-cli --db %1 init --station NAME --gate G")
                     .arg(path));
        reportStartupError(gui::noStationIdentityText(path));
        return 1;
    }
    d->gate = parser.isSet(QStringLiteral("gate")) ? parser.value(QStringLiteral("gate"))
                                                   : registry.station()->gate;
    if (!registry.gateCodes().contains(d->gate)) {
        complain(QStringLiteral("unknown gate '%1' (known: %2)")
                     .arg(d->gate, registry.gateCodes().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(QStringLiteral("direction"))) {
        const auto dir = core::directionFromString(parser.value(QStringLiteral("direction")));
        if (!dir) {
            complain(QStringLiteral("--direction: use in or out"));
            return 2;
        }
        d->settings.direction = *dir;
    }
    d->windowed = parser.isSet(QStringLiteral("windowed"));
    if (d->windowed)
        d->settings.kiosk = false;

    // Duty sessions a killed process left open at this station end now (closed_how restart).
    recordDuty(*d->station, [](core::DutyLog& duty) {
        if (const int n = duty.closeLeftOpen(); n > 0)
            complain(QStringLiteral("%1 duty session(s) left open by an earlier run closed").arg(n));
    });
    startSync();

    // The camera: --camera, else the station's setting, else (demo) the generated demo clip.
    QString camera =
        parser.isSet(QStringLiteral("camera")) ? parser.value(QStringLiteral("camera")) : d->settings.camera;
    if (camera.isEmpty() && demo) {
        const QString clip = QFileInfo(path).absolutePath() + QStringLiteral("/") +
                             QFileInfo(path).completeBaseName() + QStringLiteral("-camera.avi");
        QString error;
        if (ensureDemoClip(registry, clip, &error))
            camera = clip;
        else
            complain(QStringLiteral("no demo camera: %1").arg(error));
    }

    // The office has no gate screen: staff sign on to the registry, passes and the other panels.
    if (d->gate == QLatin1String("office"))
        return showOffice(demo, camera);
    if (!camera.isEmpty()) {
        scan::SourceSpec spec;
        QString error;
        if (scan::SourceSpec::parse(camera, &spec, &error)) {
            spec.width = d->settings.cameraWidth;
            spec.height = d->settings.cameraHeight;
            d->pipeline = std::make_unique<scan::ScanPipeline>();
            connect(d->pipeline.get(), &scan::ScanPipeline::stateChanged, this,
                    [this, reported = false](scan::CameraState state, const QString&) mutable {
                        if (state == scan::CameraState::Live && !reported) {
                            reported = true;
                            QTextStream(stderr) << "gatepost: camera live after " << d->sinceStart.elapsed()
                                                << " ms" << Qt::endl;
                        }
                    });
            d->pipeline->start(spec);
        } else {
            complain(error);
        }
    }

    d->services = std::make_unique<gui::StationServices>(gateServices(*d->station));

    if (demo) {
        d->op = d->station->auth().signOn(QStringLiteral("demo"), QStringLiteral("1234")).op;
    } else if (!d->station->auth().hasOperators()) {
        // A new station: nobody could pass a sign-on, so the first admin is created here.
        gui::FirstRunDialog dialog(d->station->auth());
        if (dialog.exec() != QDialog::Accepted || !dialog.created())
            return 1;
        d->op = dialog.created();
    } else {
        gui::SignOnDialog dialog(d->station->auth(), core::Role::Volunteer);
        if (dialog.exec() != QDialog::Accepted || !dialog.signedOn())
            return 1;
        d->op = dialog.signedOn();
    }
    if (!d->op) {
        complain(QStringLiteral("the demo operator cannot sign on"));
        return 1;
    }
    recordDuty(*d->station, [this](core::DutyLog& duty) { duty.signOn(*d->op, d->gate); });
    showGate();
    QTextStream(stderr) << "gatepost: ready to scan at gate " << d->gate << " after "
                        << d->sinceStart.elapsed() << " ms" << Qt::endl;
    return 0;
}

gui::StationWindow* StationApp::gateWindow() const
{
    return d->window.get();
}

gui::OfficeWindow* StationApp::officeWindow() const
{
    return d->office.get();
}

int StationApp::showOffice(bool demo, const QString& camera)
{
    d->office = std::make_unique<gui::OfficeWindow>(officeServices(*d->station));
    // Who was on duty at the office too (core/Duty.h): sign-on and sign-off of each staff member.
    connect(d->office.get(), &gui::OfficeWindow::staffSignedOn, this, [this](const core::Operator& op) {
        if (!d->station->isReadOnly())
            recordDuty(*d->station, [op](core::DutyLog& duty) { duty.signOn(op, QStringLiteral("office")); });
    });
    connect(d->office.get(), &gui::OfficeWindow::staffSignedOff, this, [this](const core::Operator& op) {
        if (!d->station->isReadOnly())
            recordDuty(*d->station, [op](core::DutyLog& duty) { duty.signOff(op); });
    });
    gui::addOfficePanels(*d->office);   // import, returnees, printing
    d->office->setCameraSource(camera); // "Take photo": the webcam, or the demo clip
    if (d->sync)
        d->office->setSyncHealth(d->sync->health());
    std::optional<core::Operator> op;
    if (demo) {
        op = demoOfficeOperator(d->station->auth());
    } else if (!d->station->auth().hasOperators()) {
        // A new station: nobody could pass a sign-on, so the first admin is created here.
        gui::FirstRunDialog dialog(d->station->auth());
        if (dialog.exec() != QDialog::Accepted || !dialog.created())
            return 1;
        op = dialog.created();
    }
    if (op)
        d->office->signOn(*op);
    if (d->windowed)
        d->office->show();
    else
        d->office->showMaximized();
    QTextStream(stderr) << "gatepost: office open after " << d->sinceStart.elapsed() << " ms" << Qt::endl;
    return 0;
}

void StationApp::showGate()
{
    d->window = std::make_unique<gui::StationWindow>(*d->services, d->settings, *d->op, d->pipeline.get());
    d->window->setGate(d->gate);
    if (d->sync)
        d->window->statusStrip()->setSyncHealth(d->sync->health());
    connect(d->window.get(), &gui::StationWindow::signOffRequested, this, &StationApp::signOffAndBackOn);
    connect(d->window.get(), &gui::StationWindow::syncSettingsChanged, this, [this] {
        if (d->sync)
            d->sync->syncNow();
    });
    connect(d->window.get(), &gui::StationWindow::settingsChanged, this,
            [this](const core::StationSettings& s) {
                const bool cameraChanged = s.camera != d->settings.camera ||
                                           s.cameraWidth != d->settings.cameraWidth ||
                                           s.cameraHeight != d->settings.cameraHeight;
                d->settings = s;
                if (!cameraChanged)
                    return;
                scan::SourceSpec spec;
                QString error;
                if (s.camera.isEmpty() || !scan::SourceSpec::parse(s.camera, &spec, &error)) {
                    if (!error.isEmpty())
                        complain(error);
                    if (d->pipeline)
                        d->pipeline->stop();
                    return;
                }
                spec.width = s.cameraWidth;
                spec.height = s.cameraHeight;
                if (!d->pipeline) {
                    // The window was built without a camera: rebuild it around the new pipeline.
                    d->pipeline = std::make_unique<scan::ScanPipeline>();
                    d->pipeline->start(spec);
                    QMetaObject::invokeMethod(this, &StationApp::showGate, Qt::QueuedConnection);
                    return;
                }
                d->pipeline->start(spec);
            });
    d->window->present();
}

void StationApp::signOffAndBackOn()
{
    if (d->op)
        recordDuty(*d->station, [op = *d->op](core::DutyLog& duty) { duty.signOff(op); });
    d->window.reset();
    gui::SignOnDialog dialog(d->station->auth(), core::Role::Volunteer);
    if (dialog.exec() != QDialog::Accepted || !dialog.signedOn()) {
        QCoreApplication::quit();
        return;
    }
    d->op = dialog.signedOn();
    recordDuty(*d->station, [this](core::DutyLog& duty) { duty.signOn(*d->op, d->gate); });
    showGate();
}

} // namespace gatepost::app

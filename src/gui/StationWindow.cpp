#include "StationWindow.h"

#include "ui_StationWindow.h"

#include "CameraPreview.h"
#include "CategoryNames.h"
#include "IncidentPanel.h"
#include "ManualSearchPanel.h"
#include "Prompts.h"
#include "RefusalText.h"
#include "ReturneePanel.h"
#include "ScannerInput.h"
#include "ScreenFit.h"
#include "SettingsDialog.h"
#include "StatusStrip.h"
#include "SyncActions.h"
#include "TemperaturePad.h"
#include "TouchStyle.h"
#include "VerdictPanel.h"
#include "VerdictSounds.h"
#include "VisitorPanel.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/Database.h"
#include "core/GateController.h"
#include "core/GateDesk.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "core/SyncSettings.h"
#include "lead/LeadWindow.h"
#include "scan/ScanPipeline.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <stdexcept>

namespace gatepost::gui {

namespace {

// Never an exception's what(): a refusal's or a database problem's words.
QString plainError(const std::exception& e)
{
    return RefusalText::error(e);
}

void bigFont(QWidget* w, int pt)
{
    QFont f = w->font();
    f.setPointSize(pt);
    f.setBold(true);
    w->setFont(f);
}

} // namespace

struct StationWindow::Private
{
    Private(StationServices& s, core::StationSettings st, core::Operator op, scan::ScanPipeline* p)
        : services(s)
        , settings(std::move(st))
        , signedOn(std::move(op))
        , pipeline(p)
        , gate(s.registry, s.log, s.checkpoint, s.desk, s.clock)
    {
        gate.setDirection(settings.direction);
        gate.signOn(signedOn);
    }

    StationServices& services;
    core::StationSettings settings;
    core::Operator signedOn;
    QPointer<scan::ScanPipeline> pipeline;
    Ui::StationWindow ui;
    // What the gate knows (gate, direction, operator, pending temperature and decision) and
    // decides: the window shows its outcomes and sends back the volunteer's choices.
    core::GateController gate;

    StatusStrip* strip = nullptr;
    VerdictPanel* verdict = nullptr;
    ManualSearchPanel* search = nullptr;
    VisitorPanel* visitor = nullptr;
    ReturneePanel* returnee = nullptr;
    TemperaturePad* temperature = nullptr;
    IncidentPanel* incident = nullptr;
    ScannerInput* scanner = nullptr;
    VerdictSounds* sounds = nullptr;
    QTimer statusTimer;
    QTimeZone zone = QTimeZone::systemTimeZone(); // the policy's, once read
    QMetaObject::Connection screenGeometry;       // kiosk: the screen whose size the window takes
    bool followsScreen = false;

    bool fromCamera = false;
    bool ignoredCameraRead = false;
    std::function<void(const core::GateOutcome&)> show; // shows any outcome of a code
    void retranslate();

    // No page scrolls: each fits the smallest gate screen, 1024x768, in both languages
    // (tests/gui/TestScreenFit).
    void addPage(QWidget* w) { ui.pages->addWidget(w); }
    void showPage(QWidget* w) { ui.pages->setCurrentWidget(w); }
};

StationWindow::StationWindow(StationServices& services, core::StationSettings settings,
                             core::Operator signedOn, scan::ScanPipeline* pipeline, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(services, std::move(settings), std::move(signedOn), pipeline))
{
    d->ui.setupUi(this);

    d->strip = new StatusStrip(this);
    d->strip->setObjectName(QStringLiteral("statusStrip"));
    d->ui.stationLayout->insertWidget(0, d->strip);
    d->verdict = new VerdictPanel(this);
    d->verdict->setObjectName(QStringLiteral("verdictPanel"));
    d->verdict->setPhotoSource([&registry = services.registry](qint64 id) { return registry.photo(id); });
    d->search = new ManualSearchPanel(services.registry, this);
    d->search->setObjectName(QStringLiteral("manualSearchPanel"));
    d->visitor = new VisitorPanel(services.registry, this);
    d->visitor->setObjectName(QStringLiteral("visitorPanel"));
    d->returnee = new ReturneePanel(services.registry, d->gate, this);
    d->returnee->setObjectName(QStringLiteral("returneePanel"));
    d->temperature = new TemperaturePad(this);
    d->temperature->setObjectName(QStringLiteral("temperaturePad"));
    d->incident = new IncidentPanel(this);
    d->incident->setObjectName(QStringLiteral("incidentPanel"));
    // Page order = enum Page order.
    for (QWidget* w : std::initializer_list<QWidget*>{d->verdict, d->search, d->visitor, d->returnee,
                                                      d->temperature, d->incident})
        d->addPage(w);

    // Big targets for gloves: >= 15 mm is about 60 px on a 100 dpi gate screen.
    for (QPushButton* b : {d->ui.noPassButton, d->ui.visitorButton, d->ui.returneeButton,
                           d->ui.temperatureButton, d->ui.incidentButton, d->ui.directionButton}) {
        b->setMinimumHeight(96); // and as wide as the words: never cut off on a 1024-pixel screen
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        bigFont(b, 22);
    }
    bigFont(d->ui.directionButton, 28);
    for (QPushButton* b : {d->ui.settingsButton, d->ui.signOffButton}) {
        b->setMinimumHeight(64);
        bigFont(b, 16);
    }
    bigFont(d->ui.scanHintLabel, 22);
    bigFont(d->ui.gateLabel, 26);
    bigFont(d->ui.messageLabel, 18);
    bigFont(d->ui.temperatureHintLabel, 18);

    // A Chinese input method would swallow the scanner gun's keystrokes: none on the station's
    // own surfaces (panels' text fields keep theirs for typing names).
    setAttribute(Qt::WA_InputMethodEnabled, false);
    d->ui.scanPage->setAttribute(Qt::WA_InputMethodEnabled, false);
    d->ui.scanPage->setFocusPolicy(Qt::StrongFocus);
    d->scanner = new ScannerInput(this);
    qApp->installEventFilter(d->scanner);
    connect(d->scanner, &ScannerInput::codeScanned, this, &StationWindow::handleCode);

    d->sounds = new VerdictSounds(this);
    d->sounds->setMuted(d->settings.muted);
    d->sounds->setSpeak(d->settings.speakVerdicts);
    d->verdict->setRapidModeMs(d->settings.rapidModeSeconds * 1000);

    d->ui.cameraPreview->setAspect(QSize(d->settings.cameraWidth, d->settings.cameraHeight));
    if (d->pipeline) {
        connect(d->pipeline, &scan::ScanPipeline::codeRead, this, [this](const QString& text) {
            d->fromCamera = true;
            handleCode(text);
            d->fromCamera = false;
        });
        connect(d->pipeline, &scan::ScanPipeline::stateChanged, d->strip, &StatusStrip::setCameraState);
        connect(d->pipeline, &scan::ScanPipeline::framePreview, d->ui.cameraPreview,
                &CameraPreview::setFrame);
        // A lost or silent camera: say so where the picture was, not an old picture or black.
        connect(d->pipeline, &scan::ScanPipeline::stateChanged, this, [this](scan::CameraState state) {
            if (state == scan::CameraState::Lost || state == scan::CameraState::Stalled)
                d->ui.cameraPreview->setText(tr("No picture from the camera"));
        });
        d->strip->setCameraState(d->pipeline->state(), QString());
    } else {
        d->strip->setNoCamera();
        d->ui.cameraPreview->setText(tr("No camera"));
    }
    d->strip->setOperator(d->signedOn.name);

    connect(d->ui.directionButton, &QPushButton::clicked, this, [this] {
        setDirection(direction() == core::Direction::In ? core::Direction::Out : core::Direction::In);
    });
    connect(d->ui.noPassButton, &QPushButton::clicked, this, [this] {
        d->search->reset();
        d->showPage(d->search);
    });
    connect(d->ui.visitorButton, &QPushButton::clicked, this, [this] {
        d->visitor->reset();
        d->showPage(d->visitor);
    });
    connect(d->ui.returneeButton, &QPushButton::clicked, this, [this] {
        d->returnee->reset();
        d->showPage(d->returnee);
    });
    connect(d->ui.temperatureButton, &QPushButton::clicked, this, [this] {
        d->gate.cancelWaiting();
        d->temperature->reset();
        d->showPage(d->temperature);
    });
    connect(d->ui.incidentButton, &QPushButton::clicked, this, [this] {
        d->incident->reset();
        d->showPage(d->incident);
    });
    connect(d->ui.settingsButton, &QPushButton::clicked, this, [this] {
        const std::optional<core::Operator> lead =
            Prompts::askOperator(d->services.auth, core::Role::ShiftLead, this);
        if (!lead)
            return;
        core::Policy policy;
        core::SyncSettings sync;
        std::optional<core::StationIdentity> identity;
        try {
            policy = d->services.registry.policy();
            sync = core::SyncSettings::load(d->services.db);
            identity = d->services.registry.station();
        } catch (const std::exception& e) {
            d->ui.messageLabel->setText(plainError(e));
            return;
        }
        // The lead who confirmed makes the changes and runs the sync actions, not the volunteer.
        const core::Actor actor = core::Actor::operatorNamed(lead->name);
        SyncActions actions(d->services.events, d->services.registry, actor);
        SettingsDialog dialog(d->settings, policy, sync, identity, &actions, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        try {
            core::StationSettings s = dialog.settings();
            const core::SyncSettings newSync = dialog.syncSettings();
            core::saveSettingsAndPolicy(d->services.db, d->services.registry, s, dialog.policy(), newSync,
                                        actor, d->services.clock);
            d->settings = s;
            d->sounds->setMuted(s.muted);
            d->sounds->setSpeak(s.speakVerdicts);
            d->verdict->setRapidModeMs(s.rapidModeSeconds * 1000);
            refreshStatus();
            emit settingsChanged(s);
            emit syncSettingsChanged(newSync);
        } catch (const std::exception& e) {
            d->ui.messageLabel->setText(tr("Settings not saved: %1").arg(plainError(e)));
        }
    });
    // The shift lead's tools (operators, rules) for a lead who confirms with a PIN.
    connect(d->ui.leadButton, &QPushButton::clicked, this, [this] {
        const std::optional<core::Operator> lead =
            Prompts::askOperator(d->services.auth, core::Role::ShiftLead, this);
        if (!lead)
            return;
        auto* window = new LeadWindow(
            LeadServices{d->services.db, d->services.registry, d->services.auth, d->services.clock, *lead});
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowModality(Qt::ApplicationModal);
        window->setObjectName(QStringLiteral("leadWindow"));
        window->show();
    });
    connect(d->ui.signOffButton, &QPushButton::clicked, this, [this] {
        if (Prompts::askOperator(d->services.auth, core::Role::ShiftLead, this))
            emit signOffRequested();
    });

    // The verdict page: the panel offers what the controller says is open and sends the choice back.
    connect(d->verdict, &VerdictPanel::finished, this, [this] {
        d->gate.closeDecision();
        showScanning();
    });
    auto showDecision = [this](const core::GateOutcome& out) {
        switch (out.step) {
        case core::GateOutcome::Step::Decided:
            d->verdict->showOutcome(out);
            d->sounds->play(out.letThrough ? core::Verdict::Allow : core::Verdict::Deny);
            d->strip->setDatabaseOk();
            break;
        case core::GateOutcome::Step::Refused:
            d->verdict->showRefusal(RefusalText::text(*out.refusal));
            break;
        default:
            d->show(out);
            return;
        }
        refreshStatus();
    };
    connect(d->verdict, &VerdictPanel::letThroughChosen, this,
            [this, showDecision] { showDecision(d->gate.letThrough()); });
    connect(d->verdict, &VerdictPanel::refuseChosen, this,
            [this, showDecision] { showDecision(d->gate.refuse()); });
    connect(d->verdict, &VerdictPanel::overrideChosen, this,
            [this, showDecision](core::OverrideReason reason, const QString& text) {
                std::optional<core::Operator> lead;
                if (d->gate.openActions().overrideNeedsLead) {
                    lead = Prompts::askOperator(d->services.auth, core::Role::ShiftLead, this);
                    if (!lead)
                        return; // the lead did not confirm: the choice stays open
                }
                showDecision(d->gate.overrideWith(reason, text, lead));
            });

    // Every outcome of a code, a form or a reading is shown here, one way.
    d->show = [this](const core::GateOutcome& out) {
        switch (out.step) {
        case core::GateOutcome::Step::Verdict:
        case core::GateOutcome::Step::Decided: {
            const core::Verdict shown = out.step == core::GateOutcome::Step::Decided
                                            ? (out.letThrough ? core::Verdict::Allow : core::Verdict::Deny)
                                            : out.decision.verdict;
            d->ui.temperatureHintLabel->clear();
            d->verdict->showOutcome(out);
            d->showPage(d->verdict);
            d->verdict->setFocus();
            // A verdict says its main reason; a decision only says what was decided.
            d->sounds->play(shown, out.step == core::GateOutcome::Step::Verdict ? out.decision.reasons
                                                                                : QList<core::Reason>{});
            d->strip->setDatabaseOk();
            refreshStatus();
            emit verdictShown(shown);
            return;
        }
        case core::GateOutcome::Step::NeedsTemperature:
            d->temperature->reset();
            d->showPage(d->temperature);
            return;
        case core::GateOutcome::Step::TemperatureTaken:
            d->ui.temperatureHintLabel->setText(
                tr("Temperature %1 °C goes with the next pass.")
                    .arg(QLocale().toString(out.temperature.value_or(0), 'f', 1)));
            showScanning();
            return;
        case core::GateOutcome::Step::IncidentLogged:
            showScanning();
            d->ui.messageLabel->setText(
                tr("Incident logged at %1.")
                    .arg(out.atUtc.toTimeZone(d->zone).toString(QStringLiteral("HH:mm"))));
            d->strip->setDatabaseOk();
            refreshStatus();
            return;
        case core::GateOutcome::Step::Refused: {
            // A refusal of a code or a reading: back to scanning with the words, nothing logged.
            const QString words = RefusalText::text(*out.refusal);
            showScanning();
            d->ui.messageLabel->setText(words);
            return;
        }
        case core::GateOutcome::Step::NotLogged: {
            const QString words = RefusalText::dbProblem(out.dbProblem.value_or(core::DbProblem::Other));
            d->strip->setDatabaseError(words);
            d->verdict->showNotLogged(words);
            d->showPage(d->verdict);
            d->sounds->play(core::Verdict::Deny);
            emit verdictShown(core::Verdict::Deny);
            return;
        }
        }
    };

    // Side panels: each hands back what was typed; the controller adds gate, direction, operator.
    connect(d->search, &ManualSearchPanel::cancelled, this, &StationWindow::showScanning);
    connect(d->visitor, &VisitorPanel::cancelled, this, &StationWindow::showScanning);
    connect(d->returnee, &ReturneePanel::cancelled, this, &StationWindow::showScanning);
    connect(d->incident, &IncidentPanel::cancelled, this, &StationWindow::showScanning);
    connect(d->visitor, &VisitorPanel::submitted, this, [this](const core::VisitorEntry& e) {
        const core::GateOutcome out = d->gate.registerVisitor(e);
        if (out.step == core::GateOutcome::Step::Refused)
            d->visitor->showRefusal(*out.refusal);
        else
            d->show(out);
    });
    connect(d->returnee, &ReturneePanel::submitted, this, [this](const core::ReturneeArrival& a) {
        const core::GateOutcome out = d->gate.registerReturnee(a);
        if (out.step == core::GateOutcome::Step::Refused)
            d->returnee->showRefusal(*out.refusal);
        else
            d->show(out);
    });
    connect(
        d->incident, &IncidentPanel::submitted, this,
        [this](core::IncidentKind kind, const QString& note) { d->show(d->gate.logIncident(kind, note)); });
    connect(d->temperature, &TemperaturePad::cancelled, this, [this] {
        d->gate.cancelWaiting();
        showScanning();
    });
    connect(d->search, &ManualSearchPanel::passChosen, this,
            [this](const QString& serial) { d->show(d->gate.manualPass(serial)); });
    connect(d->search, &ManualSearchPanel::personChosen, this,
            [this](qint64 personId) { d->show(d->gate.manualPerson(personId)); });
    connect(d->temperature, &TemperaturePad::entered, this,
            [this](double celsius) { d->show(d->gate.submitTemperature(celsius)); });

    connect(&d->statusTimer, &QTimer::timeout, this, &StationWindow::refreshStatus);
    d->statusTimer.start(30'000);
    d->ui.pages->setCurrentWidget(d->ui.scanPage);
    touch::sizeByCurrentPage(d->ui.pages);
    connect(d->ui.pages, &QStackedWidget::currentChanged, this,
            [this] { d->strip->setBannerAllowed(d->ui.pages->currentWidget() == d->ui.scanPage); });
    d->retranslate();
    refreshStatus();
}

StationWindow::~StationWindow()
{
    qApp->removeEventFilter(d->scanner);
}

void StationWindow::Private::retranslate()
{
    ui.gateLabel->setText(StationWindow::tr("Gate: %1").arg(gateName(gate.gate())));
    const bool in = settings.direction == core::Direction::In;
    ui.directionButton->setChecked(!in);
    ui.directionButton->setText(in ? StationWindow::tr("Direction: IN\n(tap for OUT)")
                                   : StationWindow::tr("Direction: OUT\n(tap for IN)"));
    ui.directionButton->setStyleSheet(in ? QStringLiteral("background: #0B4F8A; color: white;")
                                         : QStringLiteral("background: #6A2C91; color: white;"));
}

void StationWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        d->ui.retranslateUi(this);
        d->retranslate();
        refreshStatus();
    }
    QWidget::changeEvent(event);
}

void StationWindow::setGate(const QString& gate)
{
    d->gate.setGate(gate);
    d->retranslate();
}

QString StationWindow::gate() const
{
    return d->gate.gate();
}

core::Direction StationWindow::direction() const
{
    return d->settings.direction;
}

void StationWindow::setDirection(core::Direction direction)
{
    if (d->settings.direction == direction) {
        d->retranslate();
        return;
    }
    d->settings.direction = direction;
    d->gate.setDirection(direction);
    d->retranslate();
    try {
        core::StationSettings::save(d->services.db, d->settings, core::Actor::operatorNamed(d->signedOn.name),
                                    d->services.clock);
        d->strip->setDatabaseOk();
    } catch (const std::exception& e) {
        // The toggle still works for this session; the strip says it was not remembered.
        d->strip->setDatabaseError(plainError(e));
    }
    emit settingsChanged(d->settings);
}

const core::StationSettings& StationWindow::settings() const
{
    return d->settings;
}

core::Operator StationWindow::signedOn() const
{
    return d->signedOn;
}

void StationWindow::present()
{
    presentOnScreen(this, d->settings.kiosk);
}

StationWindow::Page StationWindow::currentPage() const
{
    const int i = d->ui.pages->currentIndex();
    return static_cast<Page>(std::clamp(i, 0, static_cast<int>(Page::Incident)));
}

VerdictPanel* StationWindow::verdictPanel() const
{
    return d->verdict;
}

StatusStrip* StationWindow::statusStrip() const
{
    return d->strip;
}

ScannerInput* StationWindow::scannerInput() const
{
    return d->scanner;
}

VerdictSounds* StationWindow::sounds() const
{
    return d->sounds;
}

void StationWindow::handleCode(const QString& text)
{
    const QString code = text.trimmed();
    if (code.isEmpty())
        return;
    const Page page = currentPage();
    // A form being filled in or a decision being made is not thrown away by a pass that
    // happens to be in front of the camera; the search page, though, is where a scan belongs.
    const bool busy = (page == Page::Verdict && d->verdict->isDecisionPending()) || page == Page::Visitor ||
                      page == Page::Returnee || page == Page::Temperature || page == Page::Incident;
    if (busy) {
        if (d->fromCamera)
            d->ignoredCameraRead = true;
        else
            d->ui.messageLabel->setText(tr("Scan ignored: finish this screen first."));
        return;
    }
    d->ui.messageLabel->clear();
    d->show(d->gate.scan(code));
}

void StationWindow::showScanning()
{
    d->gate.cancelWaiting();
    d->ui.pages->setCurrentWidget(d->ui.scanPage);
    d->ui.scanPage->setFocus();
    if (d->ignoredCameraRead && d->pipeline) {
        d->pipeline->resetRepeat(); // that pass was never judged: read it again
        d->ignoredCameraRead = false;
    }
}

void StationWindow::refreshStatus()
{
    try {
        const core::Policy policy = d->services.registry.policy();
        const core::Roster roster(policy);
        const core::Shift shift = roster.shiftAt(d->services.clock.nowUtc());
        const QString from = shift.startUtc.toTimeZone(roster.timeZone()).toString(QStringLiteral("HH:mm"));
        const QString to = shift.endUtc.toTimeZone(roster.timeZone()).toString(QStringLiteral("HH:mm"));
        d->strip->setShift(tr("%1 (%2–%3)").arg(shift.name, from, to));
        d->verdict->setTimeZone(roster.timeZone());
        d->strip->setTimeZone(roster.timeZone());
        d->zone = roster.timeZone();
        const core::CrossingCounts counts = d->services.log.counts(shift.startUtc, shift.endUtc);
        d->strip->setCounts(counts.passedIn, counts.passedOut);
    } catch (const std::exception& e) {
        d->strip->setDatabaseError(plainError(e));
    }
}

} // namespace gatepost::gui

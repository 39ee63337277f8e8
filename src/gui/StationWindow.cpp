#include "StationWindow.h"

#include "ui_StationWindow.h"

#include "CategoryNames.h"
#include "IncidentPanel.h"
#include "ManualSearchPanel.h"
#include "ReturneePanel.h"
#include "ScannerInput.h"
#include "SettingsDialog.h"
#include "SignOnDialog.h"
#include "StatusStrip.h"
#include "TemperaturePad.h"
#include "VerdictPanel.h"
#include "VerdictSounds.h"
#include "VisitorPanel.h"
#include "core/Checkpoint.h"
#include "core/CrossingLog.h"
#include "core/Database.h"
#include "core/GateDesk.h"
#include "core/Registry.h"
#include "core/Roster.h"
#include "scan/ScanPipeline.h"

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QPointer>
#include <QScrollArea>
#include <QTimeZone>
#include <QTimer>

#include <stdexcept>

namespace gatepost::gui {

namespace {

// What waits for a temperature before it can be judged.
struct PendingCheck
{
    enum class Kind { Scan, Manual } kind = Kind::Scan;
    QString text; // code text, or serial for a manual check
};

QString plainError(const std::exception& e)
{
    if (const auto* db = dynamic_cast<const core::DbError*>(&e)) {
        if (db->isDiskFull())
            return StationWindow::tr("The disk is full.");
        if (db->isBusy())
            return StationWindow::tr("The database is busy.");
        return db->message();
    }
    return QString::fromUtf8(e.what());
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
    {
    }

    StationServices& services;
    core::StationSettings settings;
    core::Operator signedOn;
    QPointer<scan::ScanPipeline> pipeline;
    Ui::StationWindow ui;
    QString gate;

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
    LeadCheck leadCheck;

    std::optional<double> nextTemperature; // taken before the scan ("Temperature" button)
    std::optional<PendingCheck> waitingForTemperature;
    bool fromCamera = false;
    bool ignoredCameraRead = false;
    std::function<void(const PendingCheck&)> startCheck; // asks for a temperature when required
    void retranslate();

    // Each page sits in a scroll area, so a tall form never pushes the window past a small
    // gate screen (1280x800); on a normal screen nothing scrolls. The verdict is the exception.
    QHash<QWidget*, QWidget*> holders; // page -> its scroll area
    void addPage(QWidget* w)
    {
        if (w == verdict) { // designed to fit 1280x800 (tested): never a scroll bar on the verdict
            ui.pages->addWidget(w);
            return;
        }
        auto* area = new QScrollArea(ui.pages);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(w);
        holders.insert(w, area);
        ui.pages->addWidget(area);
    }
    void show(QWidget* w) { ui.pages->setCurrentWidget(holders.value(w, w)); }
};

StationWindow::StationWindow(StationServices& services, core::StationSettings settings,
                             core::Operator signedOn, scan::ScanPipeline* pipeline, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(services, std::move(settings), std::move(signedOn), pipeline))
{
    d->ui.setupUi(this);
    if (const auto station = services.registry.station())
        d->gate = station->gate;

    d->strip = new StatusStrip(this);
    d->strip->setObjectName(QStringLiteral("statusStrip"));
    d->ui.stationLayout->insertWidget(0, d->strip);
    d->verdict = new VerdictPanel(this);
    d->verdict->setObjectName(QStringLiteral("verdictPanel"));
    d->search = new ManualSearchPanel(services.registry, this);
    d->search->setObjectName(QStringLiteral("manualSearchPanel"));
    d->visitor = new VisitorPanel(services.registry, this);
    d->visitor->setObjectName(QStringLiteral("visitorPanel"));
    d->returnee = new ReturneePanel(services.registry, services.clock, this);
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
        b->setMinimumSize(220, 110);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        bigFont(b, 24);
    }
    bigFont(d->ui.directionButton, 32);
    for (QPushButton* b : {d->ui.settingsButton, d->ui.signOffButton}) {
        b->setMinimumHeight(64);
        bigFont(b, 16);
    }
    bigFont(d->ui.scanHintLabel, 22);
    bigFont(d->ui.gateLabel, 26);
    bigFont(d->ui.messageLabel, 18);
    bigFont(d->ui.temperatureHintLabel, 18);
    d->ui.previewLabel->setStyleSheet(QStringLiteral("background: black; color: white;"));

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

    if (d->pipeline) {
        connect(d->pipeline, &scan::ScanPipeline::codeRead, this, [this](const QString& text) {
            d->fromCamera = true;
            handleCode(text);
            d->fromCamera = false;
        });
        connect(d->pipeline, &scan::ScanPipeline::stateChanged, d->strip, &StatusStrip::setCameraState);
        connect(d->pipeline, &scan::ScanPipeline::framePreview, this, [this](const QImage& image) {
            d->ui.previewLabel->setPixmap(QPixmap::fromImage(image).scaled(
                d->ui.previewLabel->size(), Qt::KeepAspectRatio, Qt::FastTransformation));
        });
        d->strip->setCameraState(d->pipeline->state(), QString());
    } else {
        d->strip->setNoCamera();
        d->ui.previewLabel->setText(tr("No camera"));
    }
    d->strip->setOperator(d->signedOn.name);

    connect(d->ui.directionButton, &QPushButton::clicked, this, [this] {
        setDirection(direction() == core::Direction::In ? core::Direction::Out : core::Direction::In);
    });
    connect(d->ui.noPassButton, &QPushButton::clicked, this, [this] {
        d->search->reset();
        d->show(d->search);
    });
    connect(d->ui.visitorButton, &QPushButton::clicked, this, [this] {
        d->visitor->reset();
        d->show(d->visitor);
    });
    connect(d->ui.returneeButton, &QPushButton::clicked, this, [this] {
        d->returnee->reset();
        d->show(d->returnee);
    });
    connect(d->ui.temperatureButton, &QPushButton::clicked, this, [this] {
        d->waitingForTemperature.reset();
        d->temperature->reset();
        d->show(d->temperature);
    });
    connect(d->ui.incidentButton, &QPushButton::clicked, this, [this] {
        d->incident->reset();
        d->show(d->incident);
    });
    connect(d->ui.settingsButton, &QPushButton::clicked, this, [this] {
        if (!d->leadCheck(this))
            return;
        core::Policy policy;
        try {
            policy = d->services.registry.policy();
        } catch (const std::exception& e) {
            d->ui.messageLabel->setText(plainError(e));
            return;
        }
        SettingsDialog dialog(d->settings, policy, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        try {
            core::StationSettings s = dialog.settings();
            core::StationSettings::save(d->services.db, s, core::Actor::operatorNamed(d->signedOn.name),
                                        d->services.clock);
            d->services.registry.setPolicy(dialog.policy(), core::Actor::operatorNamed(d->signedOn.name));
            d->settings = s;
            d->sounds->setMuted(s.muted);
            d->sounds->setSpeak(s.speakVerdicts);
            d->verdict->setRapidModeMs(s.rapidModeSeconds * 1000);
            refreshStatus();
            emit settingsChanged(s);
        } catch (const std::exception& e) {
            d->ui.messageLabel->setText(tr("Settings not saved: %1").arg(plainError(e)));
        }
    });
    connect(d->ui.signOffButton, &QPushButton::clicked, this, [this] {
        if (d->leadCheck(this))
            emit signOffRequested();
    });
    d->leadCheck = [this](QWidget* owner) -> std::optional<core::Operator> {
        SignOnDialog dialog(d->services.auth, core::Role::ShiftLead, owner);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.signedOn();
    };

    // The verdict page.
    connect(d->verdict, &VerdictPanel::finished, this, &StationWindow::showScanning);
    connect(d->verdict, &VerdictPanel::decided, this,
            [this](const QString& uuid, bool letThrough, const QString& reason) {
                try {
                    d->services.desk.decide(uuid, letThrough, reason, d->signedOn.name);
                    d->verdict->showDecided(letThrough, reason);
                    d->sounds->play(letThrough ? core::Verdict::Allow : core::Verdict::Deny);
                    d->strip->setDatabaseOk();
                } catch (const std::exception& e) {
                    d->strip->setDatabaseError(plainError(e));
                    d->verdict->showNotLogged(plainError(e));
                    d->sounds->play(core::Verdict::Deny);
                }
                refreshStatus();
            });

    // Side panels: each hands back what was entered; the station adds gate, direction, operator.
    auto showOutcome = [this](const core::Decision& decision, const QString& uuid) {
        d->nextTemperature.reset();
        d->ui.temperatureHintLabel->clear();
        d->verdict->showDecision(decision, direction(), uuid);
        d->show(d->verdict);
        d->verdict->setFocus();
        d->sounds->play(decision.verdict);
        d->strip->setDatabaseOk();
        refreshStatus();
        emit verdictShown(decision.verdict);
    };
    auto showFailure = [this](const std::exception& e) {
        d->strip->setDatabaseError(plainError(e));
        d->verdict->showNotLogged(plainError(e));
        d->show(d->verdict);
        d->sounds->play(core::Verdict::Deny);
        emit verdictShown(core::Verdict::Deny);
    };
    connect(d->search, &ManualSearchPanel::cancelled, this, &StationWindow::showScanning);
    connect(d->visitor, &VisitorPanel::cancelled, this, &StationWindow::showScanning);
    connect(d->returnee, &ReturneePanel::cancelled, this, &StationWindow::showScanning);
    connect(d->incident, &IncidentPanel::cancelled, this, &StationWindow::showScanning);
    connect(d->visitor, &VisitorPanel::submitted, this,
            [this, showOutcome, showFailure](core::VisitorEntry e) {
                e.gate = d->gate;
                e.direction = direction();
                e.operatorName = d->signedOn.name;
                if (!e.temperature)
                    e.temperature = d->nextTemperature;
                try {
                    const core::VisitOutcome out = d->services.desk.logVisitor(e);
                    showOutcome(out.decision, out.logged.uuid);
                } catch (const std::invalid_argument& err) {
                    d->visitor->showError(QString::fromUtf8(err.what()));
                } catch (const std::exception& err) {
                    showFailure(err);
                }
            });
    connect(d->returnee, &ReturneePanel::submitted, this,
            [this, showOutcome, showFailure](core::ReturneeArrival a) {
                a.gate = d->gate;
                a.operatorName = d->signedOn.name;
                if (!a.temperature)
                    a.temperature = d->nextTemperature;
                try {
                    const core::VisitOutcome out = d->services.desk.registerReturnee(a);
                    showOutcome(out.decision, out.logged.uuid);
                } catch (const std::invalid_argument& err) {
                    d->returnee->showError(QString::fromUtf8(err.what()));
                } catch (const std::exception& err) {
                    showFailure(err);
                }
            });
    connect(d->incident, &IncidentPanel::submitted, this,
            [this, showFailure](core::IncidentKind kind, const QString& note) {
                core::IncidentReport r;
                r.kind = kind;
                r.note = note;
                r.gate = d->gate;
                r.direction = direction();
                r.operatorName = d->signedOn.name;
                try {
                    const core::CrossingEntry e = d->services.desk.logIncident(r);
                    showScanning();
                    d->ui.messageLabel->setText(
                        tr("Incident logged at %1.")
                            .arg(e.atUtc.toTimeZone(d->zone).toString(QStringLiteral("HH:mm"))));
                    d->strip->setDatabaseOk();
                    refreshStatus();
                } catch (const std::exception& err) {
                    showFailure(err);
                }
            });
    connect(d->temperature, &TemperaturePad::cancelled, this, [this] {
        d->waitingForTemperature.reset();
        showScanning();
    });

    // One place judges a pass (scan or manual), with or without a temperature.
    auto judge = [this, showOutcome, showFailure](const PendingCheck& check, std::optional<double> celsius) {
        try {
            core::CheckOutcome out;
            if (check.kind == PendingCheck::Kind::Manual) {
                out =
                    d->services.desk.manualCheck(check.text, d->gate, direction(), celsius, d->signedOn.name);
            } else {
                core::CheckInput in;
                in.codeText = check.text;
                in.gate = d->gate;
                in.direction = direction();
                in.temperature = celsius;
                in.kind = core::EntryKind::Scan;
                in.operatorName = d->signedOn.name;
                out = d->services.checkpoint.process(in);
            }
            const QString uuid = out.logged
                                     ? out.logged->uuid
                                     : (out.decision.previous ? out.decision.previous->uuid : QString());
            showOutcome(out.decision, uuid);
        } catch (const std::exception& e) {
            showFailure(e);
        }
    };
    auto start = [this, judge](const PendingCheck& check) {
        bool required = false;
        try {
            required = d->services.registry.policy().temperatureRequired;
        } catch (const std::exception&) {
            required = false; // a damaged policy still lets the rules run (they report it)
        }
        if (required && direction() == core::Direction::In && !d->nextTemperature) {
            d->waitingForTemperature = check;
            d->temperature->reset();
            d->show(d->temperature);
            return;
        }
        judge(check, d->nextTemperature);
    };
    connect(d->search, &ManualSearchPanel::passChosen, this, [start](const QString& serial) {
        start({PendingCheck::Kind::Manual, serial});
    });
    connect(d->temperature, &TemperaturePad::entered, this, [this, judge](double celsius) {
        if (const auto waiting = d->waitingForTemperature) {
            d->waitingForTemperature.reset();
            judge(*waiting, celsius);
            return;
        }
        // Taken before the pass: goes with the next crossing.
        d->nextTemperature = celsius;
        d->ui.temperatureHintLabel->setText(
            tr("Temperature %1 °C goes with the next pass.").arg(QLocale().toString(celsius, 'f', 1)));
        showScanning();
    });
    d->startCheck = start;

    connect(&d->statusTimer, &QTimer::timeout, this, &StationWindow::refreshStatus);
    d->statusTimer.start(30'000);
    d->ui.pages->setCurrentWidget(d->ui.scanPage);
    d->retranslate();
    refreshStatus();
}

StationWindow::~StationWindow()
{
    qApp->removeEventFilter(d->scanner);
}

void StationWindow::Private::retranslate()
{
    ui.gateLabel->setText(StationWindow::tr("Gate: %1").arg(gateName(gate)));
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
    d->gate = gate;
    d->retranslate();
}

QString StationWindow::gate() const
{
    return d->gate;
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
    if (d->settings.kiosk)
        showFullScreen();
    else
        show();
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

void StationWindow::setLeadCheck(LeadCheck check)
{
    d->leadCheck = std::move(check);
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
    d->startCheck({PendingCheck::Kind::Scan, code});
}

void StationWindow::showScanning()
{
    d->waitingForTemperature.reset();
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
        d->zone = roster.timeZone();
        const core::CrossingCounts counts = d->services.log.counts(shift.startUtc, shift.endUtc);
        d->strip->setCounts(counts.passedIn, counts.passedOut);
    } catch (const std::exception& e) {
        d->strip->setDatabaseError(plainError(e));
    }
}

} // namespace gatepost::gui

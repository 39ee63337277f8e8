#include "OfficeWindow.h"

#include "HouseholdsPage.h"
#include "OfficeSignOn.h"
#include "OfficeText.h"
#include "PassesPage.h"
#include "PeoplePage.h"
#include "VehiclesPage.h"
#include "core/Auth.h"
#include "core/Registry.h"
#include "core/StationSettings.h"
#include "gui/CategoryNames.h"
#include "gui/Language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTranslator>

namespace gatepost::gui {

namespace {

struct ExtraPanel
{
    QByteArray objectName;
    std::function<QString()> title;
    OfficeWindow::PanelFactory make;
};

} // namespace

struct OfficeWindow::Private
{
    explicit Private(const OfficeServices& s)
        : station(s)
    {
    }
    OfficeServices station;
    std::unique_ptr<OfficeServices> session;
    std::optional<core::Operator> op;
    QList<ExtraPanel> extraPanels;
    PrintHandler print;
    QString camera;
    std::optional<core::SyncHealth> sync;

    QStackedWidget* stack = nullptr;
    office::OfficeSignOn* signOnPage = nullptr;
    QTabWidget* tabs = nullptr;
    QList<office::RegistryPage*> pages;
    QMenu* stationMenu = nullptr;
    QMenu* languageMenu = nullptr;
    QAction* signOffAction = nullptr;
    QAction* quitAction = nullptr;
    QAction* chineseAction = nullptr;
    QAction* englishAction = nullptr;
    QLabel* operatorLabel = nullptr;
    QLabel* countsLabel = nullptr;
    QLabel* syncLabel = nullptr;
    QToolButton* signOffButton = nullptr;
};

OfficeWindow::OfficeWindow(const OfficeServices& station, QWidget* parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>(station))
{
    setObjectName(QStringLiteral("officeWindow"));
    d->stack = new QStackedWidget(this);
    d->signOnPage = new office::OfficeSignOn(station.auth, d->stack);
    d->tabs = new QTabWidget(d->stack);
    d->tabs->setObjectName(QStringLiteral("officeTabs"));
    d->tabs->setDocumentMode(true);
    d->stack->addWidget(d->signOnPage);
    d->stack->addWidget(d->tabs);
    setCentralWidget(d->stack);
    connect(d->signOnPage, &office::OfficeSignOn::signedOn, this,
            [this](const core::Operator& op) { signOn(op); });

    d->stationMenu = menuBar()->addMenu(QString());
    d->signOffAction = d->stationMenu->addAction(QString(), this, &OfficeWindow::signOff);
    d->signOffAction->setObjectName(QStringLiteral("signOffAction"));
    d->signOffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    d->signOffAction->setEnabled(false);
    d->stationMenu->addSeparator();
    d->quitAction = d->stationMenu->addAction(QString(), this, &QWidget::close);
    d->quitAction->setShortcut(QKeySequence::Quit);
    d->languageMenu = menuBar()->addMenu(QString());
    auto* group = new QActionGroup(this);
    // Each language in its own words, so anyone can find theirs.
    d->chineseAction = d->languageMenu->addAction(QStringLiteral("中文"), this,
                                                  [this] { switchLanguage(QStringLiteral("zh_CN")); });
    d->englishAction = d->languageMenu->addAction(QStringLiteral("English"), this,
                                                  [this] { switchLanguage(QStringLiteral("en")); });
    for (QAction* a : {d->chineseAction, d->englishAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (QLocale().language() == QLocale::Chinese ? d->chineseAction : d->englishAction)->setChecked(true);

    d->operatorLabel = new QLabel(this);
    d->operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    d->countsLabel = new QLabel(this);
    d->countsLabel->setObjectName(QStringLiteral("countsLabel"));
    d->syncLabel = new QLabel(this);
    d->syncLabel->setObjectName(QStringLiteral("syncLabel"));
    statusBar()->addWidget(d->operatorLabel);
    statusBar()->addWidget(d->countsLabel, 1);
    statusBar()->addPermanentWidget(d->syncLabel);
    d->signOffButton = new QToolButton(this);
    d->signOffButton->setObjectName(QStringLiteral("signOffButton"));
    d->signOffButton->setDefaultAction(d->signOffAction); // the same action as Ctrl+L
    d->signOffButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    statusBar()->addPermanentWidget(d->signOffButton);
    resize(1280, 720);
    retranslate();
}

OfficeWindow::~OfficeWindow()
{
    signOff(); // the panels hold references into the session's services
}

void OfficeWindow::addPanel(const char* objectName, std::function<QString()> title, PanelFactory make)
{
    d->extraPanels.append({QByteArray(objectName), std::move(title), std::move(make)});
}

void OfficeWindow::setPrintHandler(PrintHandler print)
{
    d->print = std::move(print);
}

void OfficeWindow::setCameraSource(const QString& source)
{
    d->camera = source;
    if (auto* people = qobject_cast<office::PeoplePage*>(page("peoplePage")))
        people->setCameraSource(source);
}

void OfficeWindow::setSyncHealth(const core::SyncHealth& health)
{
    d->sync = health;
    retranslateSync();
}

bool OfficeWindow::signOn(const core::Operator& op)
{
    if (!core::Auth::roleAtLeast(op.role, core::Role::Staff))
        return false;
    signOff();
    d->op = op;
    const OfficeServices& s = d->station;
    d->session = std::make_unique<OfficeServices>(OfficeServices{s.db, s.registry, s.events, s.auth, s.clock,
                                                                 core::Actor::operatorNamed(op.name), op.role,
                                                                 s.databasePath});
    OfficeServices& session = *d->session;

    auto* people = new office::PeoplePage(session, d->tabs);
    people->setCameraSource(d->camera);
    auto* passes = new office::PassesPage(session, d->tabs);
    if (d->print)
        passes->setPrintHandler([this](const QStringList& serials, QWidget* parent) {
            if (d->session)
                d->print(*d->session, serials, parent);
        });
    d->pages = {new office::HouseholdsPage(session, d->tabs), people,
                new office::VehiclesPage(session, d->tabs), passes};
    for (office::RegistryPage* page : std::as_const(d->pages)) {
        d->tabs->addTab(page, QString());
        connect(page, &office::RegistryPage::registryChanged, this, [this, page] {
            for (office::RegistryPage* other : std::as_const(d->pages))
                if (other != page)
                    other->refresh();
            refreshCounts();
        });
    }
    for (const ExtraPanel& extra : std::as_const(d->extraPanels)) {
        QWidget* panel = extra.make(session, d->tabs);
        if (!panel)
            continue;
        panel->setObjectName(QString::fromLatin1(extra.objectName));
        d->tabs->addTab(panel, QString());
    }
    d->tabs->setCurrentIndex(0);
    d->stack->setCurrentWidget(d->tabs);
    d->signOffAction->setEnabled(true);
    retranslate();
    refreshCounts();
    d->pages.first()->focusSearch();
    emit staffSignedOn(op);
    return true;
}

void OfficeWindow::signOff()
{
    if (!d->session)
        return;
    const std::optional<core::Operator> was = d->op;
    d->pages.clear();
    while (d->tabs->count() > 0) {
        QWidget* panel = d->tabs->widget(0);
        d->tabs->removeTab(0);
        delete panel; // with its open dialogs: nothing of this session stays
    }
    d->session.reset();
    d->op.reset();
    d->signOffAction->setEnabled(false);
    d->stack->setCurrentWidget(d->signOnPage);
    d->signOnPage->reset();
    retranslate();
    if (was)
        emit staffSignedOff(*was);
}

std::optional<core::Operator> OfficeWindow::signedOn() const
{
    return d->op;
}

OfficeServices* OfficeWindow::session() const
{
    return d->session.get();
}

void OfficeWindow::switchLanguage(const QString& lang)
{
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QLocale locale = uiLocale(lang);
    QLocale::setDefault(locale);
    const QString installed = installTranslations(locale); // every widget gets a LanguageChange
    (installed == QLatin1String("zh_CN") ? d->chineseAction : d->englishAction)->setChecked(true);
    try {
        core::StationSettings settings = core::StationSettings::load(d->station.db);
        if (settings.language != installed) {
            settings.language = installed;
            core::StationSettings::save(d->station.db, settings,
                                        d->session ? d->session->actor : core::Actor::system(),
                                        d->station.clock);
        }
    } catch (const std::exception&) {
        statusBar()->showMessage(tr("The language could not be kept for the next start."), 10'000);
    }
}

QTabWidget* OfficeWindow::tabs() const
{
    return d->tabs;
}

office::OfficeSignOn* OfficeWindow::signOnPage() const
{
    return d->signOnPage;
}

office::RegistryPage* OfficeWindow::page(const char* objectName) const
{
    for (office::RegistryPage* page : std::as_const(d->pages))
        if (page->objectName() == QLatin1String(objectName))
            return page;
    return nullptr;
}

void OfficeWindow::refreshCounts()
{
    if (!d->session) {
        d->countsLabel->clear();
        return;
    }
    try {
        const core::RegistryCounts c = d->station.registry.counts();
        const QLocale locale;
        d->countsLabel->setText(tr("Households %1 · People %2 · Vehicles %3 · Passes %4 (%5 active)")
                                    .arg(locale.toString(c.households), locale.toString(c.people),
                                         locale.toString(c.vehicles), locale.toString(c.passes),
                                         locale.toString(c.passesByStatus.value(core::PassStatus::Active))));
    } catch (const std::exception&) {
        d->countsLabel->setText(tr("Counts unavailable: the database cannot be read."));
    }
}

void OfficeWindow::retranslate()
{
    const auto station = d->station.registry.station();
    setWindowTitle(station ? tr("Gatepost pass office — %1").arg(station->name) : tr("Gatepost pass office"));
    d->stationMenu->setTitle(tr("&Station"));
    d->signOffAction->setText(tr("Sign &off"));
    d->signOffAction->setToolTip(tr("Sign off (Ctrl+L)"));
    d->quitAction->setText(tr("&Quit"));
    d->languageMenu->setTitle(tr("&Language"));
    const QStringList titles{tr("Households"), tr("People"), tr("Vehicles"), tr("Passes")};
    for (int i = 0; i < d->tabs->count(); ++i) {
        QWidget* panel = d->tabs->widget(i);
        if (i < titles.size() && i < d->pages.size()) {
            d->tabs->setTabText(i, titles.at(i));
            continue;
        }
        for (const ExtraPanel& extra : std::as_const(d->extraPanels))
            if (panel->objectName() == QLatin1String(extra.objectName))
                d->tabs->setTabText(i, extra.title());
    }
    d->operatorLabel->setText(d->op ? tr("Signed on: %1 (%2)").arg(d->op->name, roleNoun(d->op->role))
                                    : tr("Nobody signed on"));
    refreshCounts();
    retranslateSync();
}

void OfficeWindow::retranslateSync()
{
    if (!d->sync) {
        d->syncLabel->clear();
        return;
    }
    using State = core::SyncHealth::State;
    const core::SyncHealth& h = *d->sync;
    QString text;
    switch (h.state) {
    case State::Standalone:
        text = tr("No hub: this station stands alone");
        break;
    case State::Connecting:
        text = tr("Connecting to the hub…");
        break;
    case State::Synced:
        text = h.secondsSinceContact < 120
                   ? tr("Synced %1 s ago").arg(std::max<qint64>(0, h.secondsSinceContact))
                   : tr("Synced %1 min ago").arg(h.secondsSinceContact / 60);
        break;
    case State::Offline:
        text = h.offlineSinceUtc.isValid()
                   ? tr("Offline since %1")
                         .arg(QLocale().toString(h.offlineSinceUtc.toLocalTime(), QLocale::ShortFormat))
                   : tr("Offline, hub never reached");
        break;
    }
    if (h.waiting > 0)
        text += QStringLiteral(" · ") + tr("changes waiting to be sent: %1").arg(h.waiting);
    if (h.conflicts > 0)
        text += QStringLiteral(" · ") + tr("conflicts: %1").arg(h.conflicts);
    if (h.refused > 0)
        text += QStringLiteral(" · ") + tr("refused events: %1").arg(h.refused);
    d->syncLabel->setText(text);
    d->syncLabel->setStyleSheet(h.state == State::Offline || h.refused > 0 ? QStringLiteral("color: #B00020;")
                                                                           : QString());
}

void OfficeWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace gatepost::gui

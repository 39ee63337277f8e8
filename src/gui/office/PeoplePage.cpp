#include "PeoplePage.h"

#include "OfficeText.h"
#include "PassDialogs.h"
#include "PhotoCaptureDialog.h"
#include "RecordDialogs.h"
#include "core/Registry.h"
#include "gui/CategoryNames.h"
#include "gui/Prompts.h"
#include "gui/office/OfficeServices.h"
#include "scan/PhotoProcessor.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace gatepost::gui::office {

PeoplePage::PeoplePage(OfficeServices& services, QWidget* parent)
    : RegistryPage(services, "peoplePage", parent)
{
    m_add = addButton("addButton");
    m_edit = addButton("editButton");
    m_showId = addButton("showIdNumberButton");
    m_showPhone = addButton("showPhoneButton");
    m_issue = addButton("issueButton");
    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addNew);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::editCurrent);
    connect(m_showId, &QPushButton::clicked, this, &PeoplePage::revealIdNumber);
    connect(m_showPhone, &QPushButton::clicked, this, &PeoplePage::revealPhone);
    connect(m_issue, &QPushButton::clicked, this, &PeoplePage::issuePass);
    const bool mayReveal = core::Registry::mayReveal(services.role);
    m_showId->setVisible(mayReveal);
    m_showPhone->setVisible(mayReveal);
    retranslate();
    refresh();
}

void PeoplePage::setCameraSource(const QString& source)
{
    m_camera = source;
}

QStringList PeoplePage::headers() const
{
    return {tr("Name"), tr("Category"), tr("Address"), tr("Phone"), tr("ID number"), tr("Photo"), tr("Pass")};
}

QList<OfficeTableModel::Row> PeoplePage::search(const QString& text, qint64* total)
{
    core::OfficeQuery q;
    q.text = text;
    q.limit = kRowLimit;
    const auto page = m_services.registry.listPeople(q);
    *total = page.total;
    QList<OfficeTableModel::Row> rows;
    for (const core::PersonRow& p : page.rows)
        rows.append({p.id,
                     {p.name, categoryName(p.category), p.address, p.phoneMasked, p.idNumberMasked,
                      p.hasPhoto ? tr("yes") : QString(), p.passSerial},
                     {}});
    return rows;
}

void PeoplePage::retranslate()
{
    m_searchEdit->setPlaceholderText(
        tr("Search: name, pinyin initials, address, last digits of phone or ID (Ctrl+F)"));
    m_add->setText(tr("New person (Ctrl+N)"));
    m_edit->setText(tr("Edit (F2)"));
    m_showId->setText(tr("Show ID number"));
    m_showPhone->setText(tr("Show phone"));
    m_issue->setText(tr("Issue pass…"));
}

void PeoplePage::updateActions()
{
    const bool chosen = currentKey().isValid();
    for (QPushButton* b : {m_edit, m_showId, m_showPhone, m_issue})
        b->setEnabled(chosen);
}

void PeoplePage::addNew()
{
    openDialog(std::nullopt);
}

void PeoplePage::editCurrent()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    try {
        if (const auto p = m_services.registry.person(key.toLongLong()))
            openDialog(p);
    } catch (const std::exception& e) {
        showFailure(e);
    }
}

void PeoplePage::openDialog(const std::optional<core::Person>& existing)
{
    auto& registry = m_services.registry;
    auto* dialog = new PersonDialog(registry, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing) {
        const qint64 id = existing->id;
        if (core::Registry::mayReveal(m_services.role))
            dialog->setReveal(
                [this, id] {
                    return m_services.registry.revealIdNumber(id, m_services.actor, m_services.role);
                },
                [this, id] {
                    return m_services.registry.revealPhone(id, m_services.actor, m_services.role);
                });
        try {
            dialog->setStoredPhoto(registry.photo(id));
        } catch (const std::exception&) {
            // no photo shown; a new one can still be taken
        }
    }
    PersonDialog::PhotoSource camera;
    if (!m_camera.isEmpty())
        camera = [this, dialog](std::function<void(const QByteArray&)> done) {
            auto* capture = new PhotoCaptureDialog(m_camera, dialog);
            capture->setAttribute(Qt::WA_DeleteOnClose);
            connect(capture, &QDialog::accepted, dialog, [capture, done] { done(capture->photo()); });
            capture->open();
        };
    auto file = [this, dialog](std::function<void(const QByteArray&)> done) {
        const QString path = Prompts::askOpenFile(
            dialog, tr("Photo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.jpg *.jpeg *.png)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            core::refuse(core::RefusalCode::PhotoInvalid, core::RefusalField::Photo);
        if (f.size() > scan::PhotoProcessor::kMaxFileBytes) // not even read
            core::refuse(core::RefusalCode::PhotoTooLarge, core::RefusalField::Photo,
                         {QString::number(f.size() / 1024),
                          QString::number(scan::PhotoProcessor::kMaxFileBytes / 1024)});
        done(scan::PhotoProcessor::fromFileBytes(f.readAll()));
    };
    dialog->setPhotoSources(camera, file);
    dialog->setSave([this, dialog, editing = existing.has_value()] {
        const core::Person typed = dialog->person();
        auto& r = m_services.registry;
        core::Transaction t(r.database()); // the person and the photo: one action
        qint64 id = typed.id;
        if (editing)
            r.updatePerson(typed, m_services.actor);
        else
            id = r.addPerson(typed, m_services.actor);
        if (!dialog->newPhoto().isEmpty())
            r.setPhoto(id, dialog->newPhoto(), m_services.actor);
        t.commit();
        const QString name = typed.name.trimmed();
        showResult(editing ? tr("%1 saved.").arg(name) : tr("%1 added.").arg(name));
        if (!editing)
            m_searchEdit->setText(name);
        refresh();
        select(id);
        emit registryChanged();
    });
    dialog->open();
}

void PeoplePage::revealIdNumber()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    try {
        const qint64 id = key.toLongLong();
        const QString number = m_services.registry.revealIdNumber(id, m_services.actor, m_services.role);
        const auto p = m_services.registry.person(id);
        showResult(tr("ID number of %1: %2 (this was recorded in the audit trail)")
                       .arg(p ? p->name : QString(), number));
    } catch (const std::exception& e) {
        showFailure(e);
    }
}

void PeoplePage::revealPhone()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    try {
        const qint64 id = key.toLongLong();
        const QString number = m_services.registry.revealPhone(id, m_services.actor, m_services.role);
        const auto p = m_services.registry.person(id);
        showResult(tr("Phone of %1: %2 (this was recorded in the audit trail)")
                       .arg(p ? p->name : QString(), number));
    } catch (const std::exception& e) {
        showFailure(e);
    }
}

void PeoplePage::issuePass()
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    const int row = model()->rowOf(key);
    IssueDialog::Holder holder{core::HolderKind::Person, key.toLongLong(),
                               model()->rows().at(row).cells.value(0)};
    auto* dialog = new IssueDialog(m_services.registry, holder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this, dialog, holder] {
        const core::Pass pass = m_services.registry.issue(dialog->request(), m_services.actor);
        showResult(tr("Pass %1 issued to %2, valid until %3.")
                       .arg(pass.serial, holder.label, dateText(pass.validUntil)));
        refresh();
        emit registryChanged();
    });
    dialog->open();
}

} // namespace gatepost::gui::office

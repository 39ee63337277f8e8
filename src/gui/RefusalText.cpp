#include "RefusalText.h"

#include "core/Database.h"

#include <QDate>

namespace gatepost::gui {

namespace {

QString arg(const core::Refusal& r, int i)
{
    return i < r.args.size() ? r.args.at(i) : QString();
}

QString dateArg(const core::Refusal& r, int i)
{
    const QDate d = QDate::fromString(arg(r, i), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : arg(r, i);
}

} // namespace

QString RefusalText::text(const core::Refusal& r)
{
    using C = core::RefusalCode;
    switch (r.code) {
    case C::NameMissing:
        return tr("Enter the name.");
    case C::PhoneMissing:
        return tr("Enter the phone number.");
    case C::PhoneInvalid:
        return tr("The phone number must be 11 digits and start with 1.");
    case C::PlateInvalid:
        return tr("This is not a plate. Write it like 京A·12345.");
    case C::HouseholdMissing:
        return tr("Choose the home: type part of the address and tap it in the list.");
    case C::HouseholdUnknown:
        return tr("This household is not in the registry any more. Choose it again.");
    case C::IdNumberInvalid:
        return tr("This ID number is not valid: check the 18 characters, or leave it empty.");
    case C::OriginMissing:
        return tr("Where did the returnee come from? Tap a city or type it.");
    case C::ArrivalInFuture:
        return tr("The arrival date cannot be in the future.");
    case C::QuarantineAlreadyOver:
        return tr("Arrived on %1: the %2-day home quarantine would already be over. Check the date.")
            .arg(dateArg(r, 0), arg(r, 1));
    case C::GateMissing:
        return tr("This station has no gate set. Call the shift lead.");
    case C::TemperatureInvalid:
        return tr("The temperature is not a number. Take it again.");
    case C::SerialUnknown:
        return tr("There is no pass %1. Check the number on the card.").arg(arg(r, 0));
    case C::PersonUnknown:
        return tr("This person is not in the registry any more. Search again.");
    case C::CodeEmpty:
        return tr("Nothing was read. Scan the pass again.");
    case C::NotSignedOn:
        return tr("Nobody is signed on at this station.");
    case C::DecisionNotOpen:
        return tr("There is nothing to decide on this screen.");
    case C::AlreadyDecided:
        return tr("This crossing has been decided already.");
    case C::CrossingUnknown:
        return tr("This crossing is not in the log.");
    case C::OverrideReasonMissing:
        return tr("Choose why you let this person through.");
    case C::OverrideReasonUnknown:
        return tr("Choose one of the reasons on the screen.");
    case C::OverrideTextMissing:
        return tr("\"Other\": type a few words saying why.");
    case C::OverrideNeedsLead:
        return tr("Letting someone through on red needs the shift lead's PIN.");
    case C::NoTemperaturePending:
        return tr("No pass is waiting for a temperature.");
    case C::StationNotSetUp:
        return tr("This station is not set up yet (gatepost-cli init).");
    case C::AlreadyInCommunity:
        return tr("This station already belongs to a community. To move it, set up a new station file.");
    case C::NotAPublicKey:
        return tr("This is not a station's public key: it has 64 characters, 0-9 and a-f.");
    case C::OwnPublicKey:
        return tr("This is this station's own key. Paste the office's key.");
    case C::StationNotEmpty:
        return tr("This station already has passes, crossings or other stations' records: it cannot "
                  "join a community. Set up a new station file to join.");
    case C::HubUrlInvalid:
        return tr("The hub address must look like postgresql://USER@HOST:PORT/DB.");
    case C::HubUrlHasPassword:
        return tr("The hub address must not contain the password: type it in the password field.");
    case C::ValueOutOfRange:
        if (r.field == core::RefusalField::SyncInterval)
            return tr("The exchange interval must be from %1 to %2 seconds.").arg(arg(r, 1), arg(r, 2));
        if (r.field == core::RefusalField::StaleRegistryHours)
            return tr("The pass list warning must be from %1 to %2 hours.").arg(arg(r, 1), arg(r, 2));
        return tr("The value must be from %1 to %2.").arg(arg(r, 1), arg(r, 2));
    }
    return tr("Not accepted.");
}

QString RefusalText::dbProblem(core::DbProblem problem)
{
    switch (problem) {
    case core::DbProblem::DiskFull:
        return tr("The disk is full.");
    case core::DbProblem::Busy:
        return tr("The database is busy.");
    case core::DbProblem::ReadOnly:
        return tr("The database cannot be written (read-only).");
    case core::DbProblem::Damaged:
        return tr("The database file is damaged.");
    case core::DbProblem::LockedByOtherProgram:
        return tr("Another program is holding the database.");
    case core::DbProblem::Other:
        break;
    }
    return tr("The database could not be written.");
}

QString RefusalText::error(const std::exception& e)
{
    if (const auto* refused = dynamic_cast<const core::RefusedError*>(&e))
        return text(refused->refusal());
    if (const auto* db = dynamic_cast<const core::DbError*>(&e))
        return dbProblem(core::dbProblemOf(*db));
    return dbProblem(core::DbProblem::Other);
}

} // namespace gatepost::gui

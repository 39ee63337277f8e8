#include "RefusalText.h"

#include "CategoryNames.h"

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

// A pass status given by its snake_case name, in the user's words.
QString passStatusArg(const core::Refusal& r, int i)
{
    const auto s = core::passStatusFromString(arg(r, i));
    return s ? statusName(*s) : arg(r, i);
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
        if (r.field == core::RefusalField::Temperature)
            return tr("%1 °C cannot be a temperature: it must be from %2 to %3 °C.")
                .arg(arg(r, 0), arg(r, 1), arg(r, 2));
        return tr("The value must be from %1 to %2.").arg(arg(r, 1), arg(r, 2));
    case C::PhotoInvalid:
        return tr("This file is not a photo Gatepost can read. Choose a JPEG or PNG picture.");
    case C::PhotoTooLarge:
        return tr("The photo is too large (%1 KB, at most %2 KB).").arg(arg(r, 0), arg(r, 1));
    case C::NoPassSecrets:
        return tr(
            "This station cannot print passes: a gate keeps no pass secrets. Print them at the office.");
    case C::PassNotPrintable: {
        const auto status = core::passStatusFromString(arg(r, 1));
        return tr("Pass %1 is %2: it cannot be printed.")
            .arg(arg(r, 0), status ? statusName(*status) : arg(r, 1));
    }
    case C::NothingToPrint:
        return tr("There is no active pass to print.");
    case C::QuarantineNone:
        return tr("This person has no quarantine record.");
    case C::QuarantineNotOver:
        return tr("The quarantine is not over: the first day out is %1 (%2 days left).")
            .arg(dateArg(r, 0), arg(r, 1));
    case C::FeverFlagOpen:
        return tr("A fever was reported on %1: two normal reports must follow before the release.")
            .arg(dateArg(r, 0));
    case C::UnwellFlagOpen:
        return tr("The check on %1 found the person unwell: a later check must find them present.")
            .arg(dateArg(r, 0));
    case C::InCentralQuarantine:
        return tr(
            "The person is in central quarantine. Move them home first, when the facility lets them go.");
    case C::AlreadyReleased:
        return tr("Already released: health certificate %1.").arg(arg(r, 0));
    case C::QuarantineKindUnchanged:
        return tr("The person is already there.");
    case C::MoveReasonMissing:
        return tr("Type why the person moves.");
    case C::ReportDateInvalid:
        if (r.args.size() > 1)
            return tr("The report date is before the arrival (%1).").arg(dateArg(r, 1));
        return tr("The report date cannot be in the future.");
    case C::AddressMissing:
        return tr("Enter the address.");
    case C::HouseholdAlreadyRegistered:
        return tr("The household %1 is already registered.").arg(arg(r, 0));
    case C::CourtyardInvalid:
        if (!arg(r, 1).isEmpty())
            return tr("This address is in courtyard %1, not %2.").arg(arg(r, 1), arg(r, 0));
        return tr("Choose the main area or a courtyard from 1 to 6.");
    case C::CategoryInvalid:
        return tr("This category is for vehicles, not for people.");
    case C::IdNumberAlreadyRegistered:
        return tr("Another person is registered with the ID number %1.").arg(arg(r, 0));
    case C::PlateAlreadyRegistered:
        return tr("The vehicle %1 is already registered.").arg(arg(r, 0));
    case C::VehicleUnknown:
        return tr("This vehicle is not in the registry.");
    case C::RevealNotAllowed:
        return tr("Only office staff may see this number in full.");
    case C::ReasonMissing:
        return tr("Say why.");
    case C::PassStatusInvalid:
        return tr("Pass %1 is %2: this action does not apply to it.").arg(arg(r, 0), passStatusArg(r, 1));
    case C::ValidUntilInvalid:
        return tr("The last valid day must be %1 or later.").arg(dateArg(r, 1));
    case C::BatchScopeMissing:
        return tr("Choose a household, a courtyard or a category.");
    case C::GateUnknown:
        return tr("There is no gate \"%1\".").arg(arg(r, 0));
    case C::ShiftInvalid:
        return tr("There is no shift \"%1\".").arg(arg(r, 0));
    case C::ShiftNotStarted:
        return tr("Shift %1 has not started yet.").arg(arg(r, 0));
    case C::PinWrong:
        return tr("Wrong PIN.");
    case C::AccountLocked:
        return tr("Too many wrong PINs: try again in %1 s.").arg(arg(r, 0));
    case C::RoleTooLow:
        return tr("Only a shift lead or above may do this.");
    case C::HandoverAlreadySigned:
        return tr("This handover was already signed by %1.").arg(arg(r, 0));
    case C::HandoverNotSigned:
        return tr("The outgoing lead has not signed this handover yet.");
    case C::HandoverAlreadyAcknowledged:
        return tr("This handover was already acknowledged by %1.").arg(arg(r, 0));
    case C::HandoverSameLead:
        return tr("The incoming lead must acknowledge, not the lead who signed.");
    case C::CourtyardUnknown:
        return tr("Choose one of the outlying courtyards, 1 to 6.");
    case C::PatrolNoteMissing:
        return tr("Write what the problem is.");
    case C::CheckInFuture:
        return tr("The time of the check is in the future.");
    case C::ShiftPatternInPast:
        return tr("A new shift pattern applies from %1 at the earliest: the past is not rewritten.")
            .arg(dateArg(r, 1));
    case C::ShiftPatternInvalid: {
        const QString problem = arg(r, 0);
        if (problem == QLatin1String("start_time"))
            return tr("\"%1\" is not a time: write start times as HH:mm, such as 06:00.").arg(arg(r, 1));
        if (problem == QLatin1String("no_shifts"))
            return tr("A shift pattern needs at least one start time.");
        if (problem == QLatin1String("shift_start_twice"))
            return tr("Two shifts start at the same time.");
        if (problem == QLatin1String("team_code_invalid"))
            return tr("A team code is 1 to 8 letters or digits.");
        if (problem == QLatin1String("team_twice"))
            return tr("A team is named twice.");
        return tr("The shift pattern is not valid (%1).").arg(r.args.join(QStringLiteral(" ")));
    }
    case C::TeamUnknown:
        return tr("There is no team \"%1\".").arg(arg(r, 0));
    case C::TeamAlreadyExists:
        return tr("Team \"%1\" already exists.").arg(arg(r, 0));
    case C::TeamCodeInvalid:
        return tr("A team code is 1 to 8 letters or digits.");
    case C::TeamNameMissing:
        return tr("Enter the team's name.");
    case C::TeamOperatorUnknown:
        return tr("There is no operator \"%1\".").arg(arg(r, 0));
    case C::TeamLeadNotMember:
        return tr("%1 is not a member of team %2: add them first.").arg(arg(r, 0), arg(r, 1));
    case C::TeamMemberElsewhere:
        return tr("%1 is already in team %2: move them instead.").arg(arg(r, 0), arg(r, 1));
    case C::TeamNotMember:
        return tr("%1 is not a member of team %2.").arg(arg(r, 0), arg(r, 1));
    case C::OperatorNotManageable:
        return tr("Your role may not change this account.");
    case C::PinInvalid:
        return tr("A PIN is 4 to 8 digits.");
    case C::PinMismatch:
        return tr("The two PINs differ: type the same PIN twice.");
    case C::OperatorNameTaken:
        return tr("There is already an operator called %1.").arg(arg(r, 0));
    case C::OperatorUnknown:
        return tr("This account no longer exists.");
    case C::LastActiveAdmin:
        return tr("%1 is the last active administrator: add another administrator first.").arg(arg(r, 0));
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

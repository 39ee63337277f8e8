#pragma once

// The registry service: households, people, vehicles, quarantine records, passes, the
// station's identity and the stored policy. One Registry per Database connection (same
// thread); it caches prepared statements, so it must be destroyed before its Database.
//
// Errors: a request a person got wrong throws std::invalid_argument: the household, person
// and vehicle writes and the office's pass actions as a RefusedError (a code and the field it
// concerns, for the GUI to translate; see docs/registry.md), the older pass and station calls
// with an English message. Database failures throw DbError. Every write runs in one transaction.

#include "AuditTrail.h"
#include "Clock.h"
#include "Database.h"
#include "Policy.h"
#include "RegistryOffice.h"
#include "Rules.h"
#include "Types.h"

#include <QMap>

#include <memory>
#include <optional>
#include <unordered_map>

namespace gatepost::core {

struct StationIdentity
{
    QString stationId; // the key id (crypto::keyId) of its public key; a UUID for files set up before v4
    QString name;
    QString gate; // a code from the gates table
    QDateTime createdUtc;
    QString publicKey; // 64 hex characters (Ed25519)
    QString community; // the key id of the community's root station (the office)
    QString rootKey;   // the public key of the office this station trusts (its own when it stands alone)
    bool standsAlone() const { return rootKey == publicKey; }
};

/// A station this file knows: itself, its office, and (at the office) every station registered.
struct KnownStation
{
    QString stationId; // the key id of its public key
    QString name;
    QString gate;
    QString publicKey; // 64 hex
    QString role;      // "office" or "gate"
};

struct IssueRequest
{
    HolderKind holderKind = HolderKind::Person;
    qint64 holderId = 0;
    // Default: the person's category, or internal/external vehicle from the vehicle.
    std::optional<Category> category;
    QDate validFrom;   // null = today in the policy's time zone
    QDate validUntil;  // null = validFrom + the policy's validityDaysOf(category)
    QStringList gates; // empty = every gate; each must be in the gates table
};

struct PassFilter
{
    std::optional<PassStatus> status;
    std::optional<Category> category;
    int limit = -1; // -1 = no limit
    int offset = 0;
};

struct RegistryCounts
{
    qint64 households = 0;
    qint64 people = 0;
    qint64 vehicles = 0;
    qint64 passes = 0;
    QMap<Category, qint64> peopleByCategory; // person categories only, zeros included
    QMap<Category, qint64> passesByCategory; // every category, zeros included
    QMap<PassStatus, qint64> passesByStatus; // every status, zeros included
    qint64 activeQuarantines = 0;            // people with a record covering today (start <= today < end)
    qint64 expiredPasses = 0;                // valid_until before today, any status
    qint64 supersededCodes = 0;              // old generations still known (sum of generation - 1)
};

// A person found by manual search at the gate, with what the list shows beside the name.
struct PersonFound
{
    Person person;
    QString address;         // the household's, empty without one
    QString validPassSerial; // an active, in-date pass of the person; empty = none
    QDate quarantineUntil;   // end (first day out) of a quarantine active today; null = none
    QuarantineKind quarantineKind = QuarantineKind::Home;
};

class Registry
{
public:
    /// The validity of a new pass when the policy names none for its category (Policy::validityDaysOf).
    static constexpr int kDefaultValidityDays = 180;

    /// The clock gives "today" (in the policy's time zone) and the timestamps of writes.
    Registry(Database& db, const Clock& clock);
    ~Registry();
    Q_DISABLE_COPY_MOVE(Registry)

    // --- station ---------------------------------------------------------------------
    /// Creates the station identity once: a new Ed25519 key pair, whose key id becomes the
    /// station id. With @p trustedOfficeKey (64 hex) the station joins that office's community
    /// and takes registry changes from it only; without, it stands alone and is its own office.
    /// Later calls update name and gate but keep the id, key and creation time; they may not
    /// move the station to another community. Throws std::invalid_argument for an empty name,
    /// a gate that is not in the gates table, a key that is not 64 hex characters, or a change
    /// of community.
    StationIdentity initStation(const QString& name, const QString& gate,
                                const QString& trustedOfficeKey = {});
    std::optional<StationIdentity> station() const;
    /// At the office: registers a station by its public key (64 hex, from its
    /// 'gatepost-cli station show'), so every station of the community accepts its events.
    /// Registering the same key again updates name and gate. An audit row by @p actor. Throws
    /// std::invalid_argument for a bad key, an unknown gate, an empty name, or when this
    /// station is not its community's office.
    KnownStation registerStation(const QString& name, const QString& gate, const QString& publicKey,
                                 const Actor& actor);
    /// Ordered by name.
    QList<KnownStation> knownStations() const;
    /// Enrols a station that stands alone into the community of the office whose public key
    /// (64 hex) is given — the GUI's way to do 'init --trust' after the fact, once both keys'
    /// fingerprints were compared. Allowed only while the station has issued no pass, logged no
    /// crossing and received no event (it has nothing another community could mistake); its
    /// own events so far are made again under the new community. An audit row by @p actor.
    /// Refuses (RefusedError) otherwise: already_in_community, not_a_public_key, own_public_key,
    /// station_not_empty, station_not_set_up.
    StationIdentity joinCommunity(const QString& officeKey, const Actor& actor);
    /// The stored policy (settings key "policy"); Policy::defaults() when none is stored.
    /// Throws std::runtime_error when the stored JSON is damaged (never silently defaults).
    Policy policy() const;
    /// Stores the policy (an audit row by @p actor when it changed); throws
    /// std::invalid_argument when it does not survive its own JSON validation.
    void setPolicy(const Policy& policy, const Actor& actor);
    /// The full ID number / phone of a person whose screens show it masked; each call is an
    /// audit row by @p actor. Throws std::invalid_argument for an unknown person.
    QString revealIdNumber(qint64 personId, const Actor& actor);
    QString revealPhone(qint64 personId, const Actor& actor);
    /// Gate codes in table order ("north", "south", "office").
    QStringList gateCodes() const;
    /// Today's date in the policy's time zone.
    QDate today() const;
    /// The connection this registry writes through (services that write beside it, such as
    /// the gate desk's visits, must use the same one writer connection).
    Database& database() const { return m_db; }

    // --- households, people, vehicles, quarantine --------------------------------------
    /// Returns the new id, without an audit row. Refuses as the office's overload with an actor
    /// (below): address non-empty and unique, courtyard 0..6 or the one the address names.
    qint64 addHousehold(const Household& household);
    std::optional<Household> household(qint64 id) const;
    /// Exact address (spaces simplified: formats::normaliseAddress).
    std::optional<Household> householdByAddress(const QString& address) const;

    /// Returns the new id, without an audit row. householdId 0 = none; a person category; phone
    /// empty or a valid mobile (stored as 11 digits); idNumber empty or a valid, unique GB 11643
    /// number (a lower-case x is stored as X). Refuses as the office's overload (below).
    qint64 addPerson(const Person& person);
    std::optional<Person> person(qint64 id) const;
    std::optional<Person> personByIdNumber(const QString& idNumber) const;
    QList<Person> peopleOfHousehold(qint64 householdId) const;

    /// A person's photo (RegistryPhotos.cpp): a JPEG of at most kMaxPhotoBytes, already cropped
    /// and made small by the caller (scan/PhotoProcessor). Replaces the one before; an audit row
    /// by @p actor; travels to the gates with the person. Refuses (RefusedError) photo_invalid
    /// (not a whole JPEG), photo_too_large, person_unknown.
    void setPhoto(qint64 personId, const QByteArray& jpeg, const Actor& actor);
    /// The newest photo of the person (JPEG bytes); empty when there is none.
    QByteArray photo(qint64 personId) const;
    static constexpr int kMaxPhotoBytes = 96 * 1024;

    /// Returns the new id, without an audit row. The plate is stored normalised ("京A12345"); it
    /// must be unique. Refuses as the office's overload (below).
    qint64 addVehicle(const Vehicle& vehicle);
    std::optional<Vehicle> vehicle(qint64 id) const;
    /// Any spelling of the plate: "京A·12345", "京a12345", "京A 12345".
    std::optional<Vehicle> vehicleByPlate(const QString& anyPlateSpelling) const;
    QList<Vehicle> vehiclesOfHousehold(qint64 householdId) const;

    /// Returns the new id. The person must exist; endDate (first day out) >= startDate.
    qint64 addQuarantine(const QuarantineRecord& record);
    /// Ordered by start date.
    QList<QuarantineRecord> quarantinesOf(qint64 personId) const;

    // --- passes ------------------------------------------------------------------------
    /// Issues a pass: next serial (highest + 1), generation 1, fresh secret, also recorded in
    /// pass_generations. Throws std::invalid_argument for an unknown holder, a category that
    /// does not fit the holder, unknown gates, validUntil before validFrom, or no serial left.
    Pass issue(const IssueRequest& request, const Actor& actor);
    /// New generation with a new secret (the old codes stop working but stay recognisable);
    /// status back to active. Throws std::invalid_argument for an unknown serial or when the
    /// pass is already at generation 99.
    Pass reissue(const QString& serial, const Actor& actor);
    /// Revoke, mark lost, suspend or reactivate (Active). Revoking needs a non-empty reason.
    /// Issue, reissue and status changes are audit rows by @p actor, in the same transaction.
    Pass setStatus(const QString& serial, PassStatus status, const QString& reason, const Actor& actor);
    std::optional<Pass> pass(const QString& serial) const;
    /// Ordered by serial.
    QList<Pass> passes(const PassFilter& filter = {}) const;
    QList<Pass> passesOfHolder(HolderKind kind, qint64 holderId) const;
    /// Everything the rules need about one serial; nullopt when the serial is unknown.
    /// On the scan path: three indexed lookups through cached statements.
    std::optional<PassSnapshot> snapshot(const QString& serial) const;
    /// generation -> secret of every generation of the pass, as the office keeps them to print
    /// (a gate holds only their hashes: empty strings there). Empty for an unknown serial.
    QMap<int, QString> secretsOf(const QString& serial) const;
    /// The text of the pass's QR code (passcode::format).
    static QString qrText(const Pass& pass);
    RegistryCounts counts() const;
    /// Manual lookup at the gate: exact serial (or a full code text, or the serial without
    /// its leading zeros), person name substring, plate (any spelling, or part of it),
    /// household address substring. Best matches first (serial, name, plate, address),
    /// then by serial; at most @p limit results.
    QList<PassSnapshot> search(const QString& text, int limit = 20) const;

    // --- manual search for people and households (RegistrySearch.cpp) --------------------
    /// People by name (part of it), part of their household's address, the last 4+ digits of
    /// the phone, the last 4+ characters of the ID number, or a plate of their household
    /// (any spelling). Name matches first, then by id; at most @p limit. A person registered a
    /// moment ago (a returnee) is found at once.
    QList<PersonFound> searchPeople(const QString& text, int limit = 20) const;
    /// Households by part of the address, or by a plate of one of their vehicles; at most @p limit.
    QList<Household> searchHouseholds(const QString& text, int limit = 20) const;
    /// One person as searchPeople shows them (the members of a household chosen in the list).
    PersonFound personFound(const Person& person) const;

    // --- the office: edits with refusals by field (RegistryEdit.cpp) ----------------------
    // Each refuses with RefusedError (core::refuse: a code and the field it concerns, for the
    // form to put the words next to that field) and writes nothing; each write is one
    // transaction with its audit row (HouseholdAdd/Edit, PersonAdd/Edit, VehicleAdd/Edit).
    // Households: address required and unique (spaces simplified), courtyard 0..6
    // (address_missing, household_already_registered, courtyard_invalid).
    // People: name (name_missing), a person category (category_invalid), household 0 or known
    // (household_unknown), phone empty or a mobile, "+86" and spaces allowed (phone_invalid),
    // ID number empty or a GB 11643 number with its check digit (id_number_invalid), not
    // another person's (id_number_already_registered).
    // Vehicles: a plate in any spelling, new-energy plates included (plate_invalid), not
    // another vehicle's (plate_already_registered), household 0 or known.
    // The overloads without an actor (the gate's, the tests') refuse the same way, without an
    // audit row.
    qint64 addHousehold(const Household& household, const Actor& actor);
    qint64 addPerson(const Person& person, const Actor& actor);
    qint64 addVehicle(const Vehicle& vehicle, const Actor& actor);
    /// Updates the row with the value's id (household_unknown / person_unknown /
    /// vehicle_unknown when there is none) and returns it as stored. An unchanged value writes
    /// nothing and no audit row.
    Household updateHousehold(const Household& household, const Actor& actor);
    Person updatePerson(const Person& person, const Actor& actor);
    Vehicle updateVehicle(const Vehicle& vehicle, const Actor& actor);

    /// Whether a role may see ID and phone numbers in full (staff and admin; not volunteers
    /// or shift leads).
    static bool mayReveal(Role role);
    /// The full number, for an actor of @p role: reveal_not_allowed (field id_number / phone)
    /// for a role that may not, person_unknown for an unknown person. Each reveal is an audit row.
    QString revealIdNumber(qint64 personId, const Actor& actor, Role role);
    QString revealPhone(qint64 personId, const Actor& actor, Role role);

    // --- the office: listings, search as you type (RegistryOffice.cpp) --------------------
    /// People whose name contains the text, whose name's pinyin initials or full pinyin
    /// contains it ("wxm", "wangxiaom"; see pinyin::normaliseQuery), whose household's address
    /// contains it, or whose phone / ID number ends with it (4 characters or more).
    /// Exact name first, then by id.
    OfficePage<PersonRow> listPeople(const OfficeQuery& query) const;
    /// Households whose address contains the text, or that own a vehicle with that plate (any
    /// spelling, or part of it). By id.
    OfficePage<HouseholdRow> listHouseholds(const OfficeQuery& query) const;
    /// Vehicles by plate (any spelling, or part of it) or their household's address. By id.
    OfficePage<VehicleRow> listVehicles(const OfficeQuery& query) const;
    /// Passes by serial (exact, or without leading zeros, or a code text), holder's name or
    /// pinyin, plate, or household address. By serial.
    OfficePage<PassRow> listPasses(const OfficeQuery& query) const;

    // --- the office: pass actions (RegistryPassActions.cpp) -------------------------------
    // Each refuses with RefusedError: serial_unknown (field serial), reason_missing (field
    // reason), pass_status_invalid (args: the current status) when the pass is not in a state
    // the action applies to. Each is one transaction with its audit row.
    /// A new last day (>= valid_from and >= today; valid_until_invalid otherwise); not for a
    /// revoked pass. Audit PassExtend (before and after dates, the reason).
    Pass extend(const QString& serial, QDate newValidUntil, const QString& reason, const Actor& actor);
    /// Active -> suspended; a reason is required.
    Pass suspend(const QString& serial, const QString& reason, const Actor& actor);
    /// Suspended -> active; the reason may be empty.
    Pass resume(const QString& serial, const QString& reason, const Actor& actor);
    /// Active or suspended -> lost (the card stops working; reissue gives a new one).
    Pass reportLost(const QString& serial, const QString& reason, const Actor& actor);
    /// Any status but revoked -> revoked; a reason is required.
    Pass revoke(const QString& serial, const QString& reason, const Actor& actor);
    /// Issues a pass to every matching holder without an active, in-date pass, in one
    /// transaction (all or nothing); batch_scope_missing when no household, courtyard or
    /// category is given, household_unknown, courtyard_invalid, valid_until_invalid.
    BatchIssueResult issueBatch(const BatchIssueRequest& request, const Actor& actor);

private:
    // A cached statement that is reset (read lock released, bindings cleared) when the
    // scope ends, so a half-read result never holds the database.
    class Query
    {
    public:
        explicit Query(Statement& s)
            : m_s(s)
        {
        }
        ~Query() { m_s.reset(); }
        Q_DISABLE_COPY_MOVE(Query)
        Statement* operator->() { return &m_s; }
        Statement& operator*() { return m_s; }

    private:
        Statement& m_s;
    };

    Query query(const char* sql) const;
    QDateTime now() const;
    QString nowText() const;
    Pass requirePass(const QString& serial) const;
    bool personExists(qint64 id) const;
    bool vehicleExists(qint64 id) const;
    bool householdExists(qint64 id) const;
    bool gateExists(const QString& code) const;
    static Pass passFromRow(const Statement& row);
    /// The 7 person columns (id, household_id, name, category, phone, id_number, photo_path).
    static Person personFromRow(const Statement& row);
    /// The 4 household columns (id, address, courtyard, note).
    static Household householdFromRow(const Statement& row);
    // The value as it would be stored (RegistryEdit.cpp), or a refusal by field; the value's
    // own id (0 for a new one) is not its own duplicate.
    Household checkedHousehold(const Household& household) const;
    Person checkedPerson(const Person& person) const;
    Vehicle checkedVehicle(const Vehicle& vehicle) const;
    // The pass to act on, or serial_unknown; a reason or reason_missing (RegistryPassActions.cpp).
    Pass passForAction(const QString& serial) const;
    Pass changeStatus(Pass pass, PassStatus status, const QString& reason, const Actor& actor);

    Database& m_db;
    const Clock& m_clock;
    // Keyed by the address of the SQL literal: each call site prepares its statement once.
    mutable std::unordered_map<const char*, std::unique_ptr<Statement>> m_statements;
};

} // namespace gatepost::core

#pragma once

// Formats of the users' world: Chinese resident ID numbers (GB 11643), mobile numbers,
// licence plates, and how each is masked on screens and exports.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatepost::core::formats {

// 18 characters: 6-digit region, 8-digit birth date (a real date, year 1900 or later), 3-digit
// sequence, and the check character (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11
// indexes "10X98765432"). A lower-case 'x' is accepted. Only ASCII digits count.
bool isValidIdNumber(QStringView id);
// The check character for the first 17 digits; QChar() when they are not 17 digits.
QChar idCheckCharacter(QStringView first17);
// The birth date encoded in a valid ID number; nullopt when the number is not valid.
std::optional<QDate> idBirthDate(QStringView id);
// "110108199001011234" -> "110***********1234" (any 18-character ID-shaped text: 17 digits
// and a digit or X); anything else -> all '*' of the same length.
QString maskIdNumber(QStringView id);

// 11 ASCII digits starting with 1 and a second digit 3..9 (13x..19x).
bool isValidMobile(QStringView phone);
// Typed input to the stored form: spaces and hyphens removed, a leading "+86" or "0086"
// dropped ("+86 138-1234-5678" -> "13812345678"). nullopt when the result is not valid.
std::optional<QString> normaliseMobile(QStringView phone);
// "13812345678" -> "138****5678"; anything else -> all '*' except the last 2 (all '*' when
// it has 4 characters or fewer, so a short text is never shown in full).
QString maskPhone(QStringView phone);

// The 31 province characters that start a civil plate (京 first).
QStringList plateProvinces();
// "京A·12345", "京a12345", "京A 12345", "京A-12345", "京A•12345" -> "京A12345".
// Province character, a letter A-Z other than I and O, then either 5 characters (digits and
// letters other than I and O) or a new-energy tail of 6: D/F-type letter (A B C D E F G H J K)
// followed by a digit or letter and 4 digits ("京AD12345"), or 5 digits followed by such a
// letter (large new-energy vehicles). Full-width letters and digits are accepted.
// nullopt when it is not a plate.
std::optional<QString> normalisePlate(QStringView plate);
// True for a valid plate that is a new-energy plate (6 characters after the letter).
bool isNewEnergyPlate(QStringView plate);
// "京A12345" -> "京A·12345"; a text that is not a plate is returned unchanged.
QString displayPlate(QStringView normalised);

// Part of a plate as typed, for searching: the same separators removed and full-width
// characters folded as normalisePlate does, upper case, but no check ("京a·12" -> "京A12").
QString plateSearchText(QStringView typed);

// Household addresses. The main area's bungalows are "<street> <row>排 <house>号"
// ("清河四街 12排 3号"); the 6 outlying courtyards' are "<一..六>号院 <house>号" ("一号院 4号",
// "1号院 4号" is the same courtyard). An address is stored with its spaces simplified (one space
// between words, none around).
QString normaliseAddress(QStringView address);
// The courtyard (1..6) an address names by its "N号院" start; nullopt for any other address.
std::optional<int> courtyardOfAddress(QStringView address);

/// The fixed-width UTC text every log row stores (yyyy-MM-ddTHH:mm:ss.zzzZ); being fixed-width,
/// such texts compare in time order, so ranges are text bounds:
QString utcText(const QDateTime& t);
/// "" for a null time (open: before every row).
QString utcLowerBound(const QDateTime& t);
/// "~" for a null time (open: after every row).
QString utcUpperBound(const QDateTime& t);

} // namespace gatepost::core::formats

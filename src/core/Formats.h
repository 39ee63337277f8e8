#pragma once

// Formats of the users' world: Chinese resident ID numbers (GB 11643), mobile numbers,
// licence plates, and how each is masked on screens and exports.

#include <QString>

#include <optional>

namespace gatepost::core::formats {

// 18 characters: 6-digit region, 8-digit birth date (a real date), 3-digit sequence, and
// the check character (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 indexes
// "10X98765432"). A lower-case 'x' is accepted.
bool isValidIdNumber(QStringView id);
// The check character for the first 17 digits; QChar() when they are not 17 digits.
QChar idCheckCharacter(QStringView first17);
// "110108199001011234" -> "110***********1234"; anything else -> all '*' of the same length.
QString maskIdNumber(QStringView id);

// 11 digits starting with 1.
bool isValidMobile(QStringView phone);
// "13812345678" -> "138****5678"; anything else -> all '*' except the last 2.
QString maskPhone(QStringView phone);

// "京A·12345", "京a12345", "京A 12345" -> "京A12345"; new-energy plates have 6 characters
// after the letter ("京AD12345"). nullopt when it is not a plate.
std::optional<QString> normalisePlate(QStringView plate);
// "京A12345" -> "京A·12345".
QString displayPlate(QStringView normalised);

} // namespace gatepost::core::formats

#include "Formats.h"

#include <array>

namespace gatepost::core::formats {

namespace {

constexpr std::array<int, 17> kIdWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kIdCheckChars[] = u"10X98765432";

// The provinces, municipalities and autonomous regions, in the usual order of the plate charts.
constexpr char16_t kProvinces[] = u"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

// Letters that can follow a new-energy plate's region letter (D/F and the 2022 extensions).
constexpr char16_t kNewEnergyLetters[] = u"ABCDEFGHJK";

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Plates never use I or O (they read as 1 and 0).
bool isPlateLetter(QChar c)
{
    return c >= u'A' && c <= u'Z' && c != u'I' && c != u'O';
}

bool isPlateChar(QChar c)
{
    return isAsciiDigit(c) || isPlateLetter(c);
}

bool isNewEnergyLetter(QChar c)
{
    return QStringView(kNewEnergyLetters).contains(c);
}

bool isProvince(QChar c)
{
    return QStringView(kProvinces).contains(c);
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// 17 digits and a digit or X (either case): the shape of an ID, before any check.
bool hasIdShape(QStringView id)
{
    if (id.size() != 18 || !allDigits(id.first(17)))
        return false;
    const QChar last = id.at(17);
    return isAsciiDigit(last) || last == u'X' || last == u'x';
}

// The 6-or-5 character tail after the region letter.
bool isOrdinaryTail(QStringView tail)
{
    if (tail.size() != 5)
        return false;
    for (QChar c : tail) {
        if (!isPlateChar(c))
            return false;
    }
    return true;
}

bool isNewEnergyTail(QStringView tail)
{
    if (tail.size() != 6)
        return false;
    // Small vehicles: letter, then a digit or letter, then 4 digits ("D12345", "DA1234").
    if (isNewEnergyLetter(tail.at(0)) && isPlateChar(tail.at(1)) && allDigits(tail.sliced(2)))
        return true;
    // Large vehicles: 5 digits, then the letter ("12345D").
    return allDigits(tail.first(5)) && isNewEnergyLetter(tail.at(5));
}

} // namespace

QChar idCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * kIdWeights[static_cast<std::size_t>(i)];
    return QChar(kIdCheckChars[sum % 11]);
}

bool isValidIdNumber(QStringView id)
{
    if (!hasIdShape(id))
        return false;
    const QChar expected = idCheckCharacter(id.first(17));
    if (id.at(17).toUpper() != expected)
        return false;
    const int year = id.sliced(6, 4).toInt();
    const int month = id.sliced(10, 2).toInt();
    const int day = id.sliced(12, 2).toInt();
    return year >= 1900 && QDate::isValid(year, month, day);
}

std::optional<QDate> idBirthDate(QStringView id)
{
    if (!isValidIdNumber(id))
        return std::nullopt;
    return QDate(id.sliced(6, 4).toInt(), id.sliced(10, 2).toInt(), id.sliced(12, 2).toInt());
}

QString maskIdNumber(QStringView id)
{
    if (!hasIdShape(id))
        return QString(id.size(), u'*');
    return id.first(3).toString() + QString(11, u'*') + id.sliced(14).toString();
}

bool isValidMobile(QStringView phone)
{
    return phone.size() == 11 && allDigits(phone) && phone.at(0) == u'1' && phone.at(1) >= u'3';
}

std::optional<QString> normaliseMobile(QStringView phone)
{
    QString s;
    s.reserve(phone.size());
    for (QChar c : phone.trimmed()) {
        if (c == u' ' || c == u'-' || c == QChar(0x3000))
            continue;
        s.append(c);
    }
    if (s.startsWith(QLatin1String("+86")))
        s.remove(0, 3);
    else if (s.startsWith(QLatin1String("0086")))
        s.remove(0, 4);
    if (!isValidMobile(s))
        return std::nullopt;
    return s;
}

QString maskPhone(QStringView phone)
{
    if (isValidMobile(phone))
        return phone.first(3).toString() + QStringLiteral("****") + phone.sliced(7).toString();
    if (phone.size() <= 4)
        return QString(phone.size(), u'*');
    return QString(phone.size() - 2, u'*') + phone.sliced(phone.size() - 2).toString();
}

QStringList plateProvinces()
{
    QStringList out;
    for (QChar c : QStringView(kProvinces))
        out.append(QString(c));
    return out;
}

std::optional<QString> normalisePlate(QStringView plate)
{
    QString s;
    s.reserve(plate.size());
    for (QChar c : plate) {
        // Separators people type or paste: spaces (also the full-width one), hyphens, and the
        // middle dot in its look-alikes (U+00B7, bullet U+2022, katakana U+30FB, U+2027).
        if (c.isSpace() || c == u'-' || c == QChar(0x00B7) || c == QChar(0x2022) || c == QChar(0x30FB) ||
            c == QChar(0x2027) || c == QChar(0xFF0D))
            continue;
        // Full-width letters and digits from a Chinese input method.
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A)
            c = QChar(c.unicode() - 0xFF10 + u'0');
        s.append(c.toUpper());
    }
    if (s.size() < 7 || s.size() > 8 || !isProvince(s.at(0)) || !isPlateLetter(s.at(1)))
        return std::nullopt;
    const QStringView tail = QStringView(s).sliced(2);
    if (!isOrdinaryTail(tail) && !isNewEnergyTail(tail))
        return std::nullopt;
    return s;
}

bool isNewEnergyPlate(QStringView plate)
{
    const auto n = normalisePlate(plate);
    return n && n->size() == 8;
}

QString displayPlate(QStringView normalised)
{
    const auto n = normalisePlate(normalised);
    if (!n)
        return normalised.toString();
    return n->first(2) + QChar(0x00B7) + n->sliced(2);
}

QString plateSearchText(QStringView typed)
{
    QString s;
    s.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == QChar(0x00B7) || c == QChar(0x2022) || c == QChar(0x30FB) ||
            c == QChar(0x2027) || c == QChar(0xFF0D))
            continue;
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A)
            c = QChar(c.unicode() - 0xFF10 + u'0');
        s.append(c.toUpper());
    }
    return s;
}

QString normaliseAddress(QStringView address)
{
    // Full-width spaces from a Chinese input method count as spaces.
    QString s = address.toString();
    s.replace(QChar(0x3000), u' ');
    return s.simplified();
}

std::optional<int> courtyardOfAddress(QStringView address)
{
    const QString a = normaliseAddress(address);
    const qsizetype at = a.indexOf(QStringLiteral("号院"));
    if (at != 1)
        return std::nullopt;
    static const QString numerals = QStringLiteral("一二三四五六");
    const QChar n = a.at(0);
    if (const qsizetype i = numerals.indexOf(n); i >= 0)
        return static_cast<int>(i) + 1;
    if (n >= u'1' && n <= u'6')
        return n.unicode() - u'0';
    if (n.unicode() >= 0xFF11 && n.unicode() <= 0xFF16) // full-width digits
        return n.unicode() - 0xFF10;
    return std::nullopt;
}

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString utcLowerBound(const QDateTime& t)
{
    return t.isValid() ? utcText(t) : QString();
}

QString utcUpperBound(const QDateTime& t)
{
    return t.isValid() ? utcText(t) : QStringLiteral("~");
}

} // namespace gatepost::core::formats

#pragma once

// Building blocks of the demo community (internal to DemoCommunity.cpp): a seeded random
// source whose output is the same with every standard library, and makers of names, ID
// numbers, phones and plates that look like the real thing but are made up.

#include <QDate>
#include <QSet>
#include <QString>

#include <random>

namespace gatepost::core::demo {

/// std::mt19937's raw output is fixed by the standard, but std::uniform_int_distribution and
/// friends differ between libstdc++ and libc++: every distribution here is written by hand.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {
    }
    quint32 next() { return static_cast<quint32>(m_engine()); }
    /// Uniform in [0, n); 0 when n <= 0. Rejection sampling, so there is no modulo bias.
    int below(int n);
    /// Uniform in [lo, hi] (inclusive).
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    /// Uniform in [0, 1) with 32 bits of resolution.
    double unit() { return next() / 4294967296.0; }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937 m_engine;
};

/// One of the places migrants come from: the first 4 digits of its region codes, a city name
/// (the quarantine origin) and the plate province character.
struct Origin
{
    const char16_t* regionPrefix; // "4115": the prefecture; the county digits are made up
    const char16_t* city;
    char16_t plateProvince;
};

/// The origins, most frequent first (Henan, Hebei, Shandong, Anhui ... as in Haidian's
/// bungalow areas).
const Origin& originAt(int index);
int originCount();
/// An origin weighted toward the first entries.
int pickOrigin(Random& rng);
/// A city in a key area of the epidemic (for central quarantine).
QString keyAreaCity(Random& rng);

enum class Sex { Male, Female };

/// A common surname (the 20 most common ones much more often than the rest).
QString pickSurname(Random& rng);
/// A one or two character given name from common characters for that sex.
QString pickGivenName(Random& rng, Sex sex);

/// A unique, valid GB 11643 number for the region and birth date (odd sequence = male).
QString makeIdNumber(Random& rng, QSet<QString>& used, QStringView region, QDate birth, Sex sex);
/// A region code under a 4-digit prefecture prefix (county part 02..05 or 21..28).
QString makeRegion(Random& rng, QStringView prefix);
/// A unique 11-digit mobile number (13x, 15x, 18x, 19x).
QString makeMobile(Random& rng, QSet<QString>& used);
/// A unique normalised plate: province character, region letter, 5 characters (or a
/// new-energy tail of 6 when @p newEnergy).
QString makePlate(Random& rng, QSet<QString>& used, QChar province, bool newEnergy);
/// A pass secret: 16 characters of passcode::kSecretAlphabet from the SEEDED generator, so a
/// demo community is reproducible. Real passes use passcode::newSecret() (libsodium).
QString makeDemoSecret(Random& rng);

} // namespace gatepost::core::demo

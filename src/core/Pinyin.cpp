#include "Pinyin.h"

#include <unicode/utrans.h>

#include <memory>

namespace gatepost::core::pinyin {

namespace {

struct TransliteratorDeleter
{
    void operator()(UTransliterator* t) const { utrans_close(t); }
};
using TransliteratorPtr = std::unique_ptr<UTransliterator, TransliteratorDeleter>;

// Opening the transliterator takes ~0.1 s (rule compilation): once per thread.
UTransliterator* transliterator()
{
    thread_local TransliteratorPtr t = [] {
        static const char16_t kId[] = u"Han-Latin; Latin-ASCII; Upper";
        UErrorCode status = U_ZERO_ERROR;
        UTransliterator* opened = utrans_openU(reinterpret_cast<const UChar*>(kId), -1, UTRANS_FORWARD,
                                               nullptr, 0, nullptr, &status);
        return TransliteratorPtr(U_SUCCESS(status) ? opened : nullptr);
    }();
    return t.get();
}

} // namespace

QString romanise(QStringView text)
{
    if (text.isEmpty())
        return {};
    UTransliterator* t = transliterator();
    if (!t)
        return text.toString().toUpper();
    // Han-Latin produces at most 6 letters and a space per character.
    QString buffer = text.toString();
    const int capacity = int(buffer.size()) * 8 + 16;
    buffer.resize(capacity);
    int32_t length = int32_t(text.size());
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(t, reinterpret_cast<UChar*>(buffer.data()), &length, capacity, 0, &limit, &status);
    if (U_FAILURE(status))
        return text.toString().toUpper();
    buffer.truncate(length);
    return buffer.simplified();
}

QString searchKey(QStringView name)
{
    const QString roman = romanise(name);
    QString initials;
    QString full;
    bool atWordStart = true;
    for (QChar c : roman) {
        const bool letter = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        if (letter) {
            if (atWordStart)
                initials += c;
            full += c;
        }
        atWordStart = !letter && !c.isDigit();
    }
    if (full.isEmpty())
        return {};
    return initials + QLatin1Char(' ') + full;
}

QString normaliseQuery(QStringView typed)
{
    QString out;
    for (QChar c : typed) {
        if (c == QLatin1Char(' '))
            continue;
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out += c.toUpper();
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            out += c;
        else
            return {};
    }
    return out;
}

} // namespace gatepost::core::pinyin

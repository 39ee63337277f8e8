#pragma once

// Pinyin for search as you type: the office types "wxm" or "wang" and finds 王小明. ICU's
// transliterator (behind Pinyin.cpp, the only file that includes ICU) romanises Chinese
// characters; polyphonic characters come out in their most common reading (曾 -> CENG).

#include <QString>
#include <QStringView>

namespace gatepost::core::pinyin {

/// "王小明" -> "WANG XIAO MING"; Latin letters upper-cased, digits and other characters
/// kept (accents dropped). Thread-safe (one transliterator per thread). Empty in, empty out.
QString romanise(QStringView text);

/// The key stored beside a name for search (people.pinyin): the initials, a space, then the
/// syllables run together: "王小明" -> "WXM WANGXIAOMING". A substring match of what the
/// user typed (upper-cased, without spaces) against it finds the name by initials or by
/// full pinyin. Empty for a name without a letter or a Chinese character.
QString searchKey(QStringView name);

/// What the user typed, in the form searchKey() is matched against: upper-case ASCII
/// letters only ("w x m" -> "WXM"); empty when the text has anything but ASCII letters and
/// spaces (then it is not a pinyin query).
QString normaliseQuery(QStringView typed);

} // namespace gatepost::core::pinyin

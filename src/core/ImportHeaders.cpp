// The import's vocabulary: names of its codes, the headers and cell values it recognises in
// Chinese and English, and the column mappings it remembers (settings key "import.mappings").

#include "Import.h"

#include "Database.h"
#include "NameTable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatepost::core {

namespace {

constexpr NameTable<ImportKind, 4> kKinds{{
    {ImportKind::Households, "households"},
    {ImportKind::Residents, "residents"},
    {ImportKind::Migrants, "migrants"},
    {ImportKind::Vehicles, "vehicles"},
}};

constexpr NameTable<ImportField, 10> kFields{{
    {ImportField::None, ""},
    {ImportField::Name, "name"},
    {ImportField::IdNumber, "id_number"},
    {ImportField::Phone, "phone"},
    {ImportField::Address, "address"},
    {ImportField::Plate, "plate"},
    {ImportField::Category, "category"},
    {ImportField::Courtyard, "courtyard"},
    {ImportField::Note, "note"},
    {ImportField::Internal, "internal"},
}};

constexpr NameTable<ImportStatus, 19> kStatuses{{
    {ImportStatus::Accepted, "accepted"},
    {ImportStatus::HouseholdCreated, "household_created"},
    {ImportStatus::EmptyRow, "empty_row"},
    {ImportStatus::Duplicate, "duplicate"},
    {ImportStatus::DuplicateInFile, "duplicate_in_file"},
    {ImportStatus::IdInvalid, "id_invalid"},
    {ImportStatus::PhoneInvalid, "phone_invalid"},
    {ImportStatus::PlateInvalid, "plate_invalid"},
    {ImportStatus::HouseholdUnknown, "household_unknown"},
    {ImportStatus::FormulaCell, "formula_cell"},
    {ImportStatus::NameMissing, "name_missing"},
    {ImportStatus::AddressMissing, "address_missing"},
    {ImportStatus::PlateMissing, "plate_missing"},
    {ImportStatus::CategoryUnknown, "category_unknown"},
    {ImportStatus::CategoryInvalid, "category_invalid"},
    {ImportStatus::CourtyardInvalid, "courtyard_invalid"},
    {ImportStatus::StrayQuote, "stray_quote"},
    {ImportStatus::RowTooLong, "row_too_long"},
    {ImportStatus::RegistryRefused, "registry_refused"},
}};

constexpr NameTable<ImportProblem, 8> kProblems{{
    {ImportProblem::None, ""},
    {ImportProblem::Unreadable, "unreadable"},
    {ImportProblem::TooLarge, "too_large"},
    {ImportProblem::MixedEncoding, "mixed_encoding"},
    {ImportProblem::UnclosedQuote, "unclosed_quote"},
    {ImportProblem::TooManyColumns, "too_many_columns"},
    {ImportProblem::NoHeader, "no_header"},
    {ImportProblem::MissingColumn, "missing_column"},
}};

// Headers and values are compared folded: lower case, full-width letters and digits made
// ASCII, without spaces, '*' (a "required" mark), '_', '-', '.', ':' and anything in brackets
// ("手机号（必填）", "ID Number*", "id_number").
QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    int depth = 0;
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
            u = static_cast<char16_t>(u - 0xFF01 + 0x21);
        if (u == u'(' || u == u'[') {
            ++depth;
            continue;
        }
        if ((u == u')' || u == u']') && depth > 0) {
            --depth;
            continue;
        }
        const QChar k(u);
        if (depth > 0 || k.isSpace() || u == 0xFEFF || u == u'*' || u == u'_' || u == u'-' || u == u'.' ||
            u == u':' || u == u'/')
            continue;
        out.append(k.toLower());
    }
    return out;
}

struct Word
{
    const char* folded; // UTF-8, already folded
    int value;
};

template<std::size_t N> std::optional<int> lookUp(const std::array<Word, N>& words, const QString& text)
{
    const QString key = fold(text);
    for (const Word& w : words) {
        if (key == QString::fromUtf8(w.folded))
            return w.value;
    }
    return std::nullopt;
}

constexpr auto F = [](ImportField f) {
    return static_cast<int>(f);
};

const std::array kHeaders{
    Word{"姓名", F(ImportField::Name)},
    Word{"名字", F(ImportField::Name)},
    Word{"人员姓名", F(ImportField::Name)},
    Word{"居民姓名", F(ImportField::Name)},
    Word{"name", F(ImportField::Name)},
    Word{"fullname", F(ImportField::Name)},
    Word{"身份证号", F(ImportField::IdNumber)},
    Word{"身份证", F(ImportField::IdNumber)},
    Word{"身份证号码", F(ImportField::IdNumber)},
    Word{"证件号码", F(ImportField::IdNumber)},
    Word{"证件号", F(ImportField::IdNumber)},
    Word{"公民身份号码", F(ImportField::IdNumber)},
    Word{"idnumber", F(ImportField::IdNumber)},
    Word{"idno", F(ImportField::IdNumber)},
    Word{"idcard", F(ImportField::IdNumber)},
    Word{"id", F(ImportField::IdNumber)},
    Word{"手机号", F(ImportField::Phone)},
    Word{"手机", F(ImportField::Phone)},
    Word{"手机号码", F(ImportField::Phone)},
    Word{"电话", F(ImportField::Phone)},
    Word{"联系电话", F(ImportField::Phone)},
    Word{"电话号码", F(ImportField::Phone)},
    Word{"联系方式", F(ImportField::Phone)},
    Word{"phone", F(ImportField::Phone)},
    Word{"mobile", F(ImportField::Phone)},
    Word{"tel", F(ImportField::Phone)},
    Word{"telephone", F(ImportField::Phone)},
    Word{"住址", F(ImportField::Address)},
    Word{"地址", F(ImportField::Address)},
    Word{"户址", F(ImportField::Address)},
    Word{"家庭住址", F(ImportField::Address)},
    Word{"居住地址", F(ImportField::Address)},
    Word{"现住址", F(ImportField::Address)},
    Word{"门牌号", F(ImportField::Address)},
    Word{"address", F(ImportField::Address)},
    Word{"household", F(ImportField::Address)},
    Word{"车牌号", F(ImportField::Plate)},
    Word{"车牌", F(ImportField::Plate)},
    Word{"车牌号码", F(ImportField::Plate)},
    Word{"号牌号码", F(ImportField::Plate)},
    Word{"plate", F(ImportField::Plate)},
    Word{"licenseplate", F(ImportField::Plate)},
    Word{"platenumber", F(ImportField::Plate)},
    Word{"类别", F(ImportField::Category)},
    Word{"人员类别", F(ImportField::Category)},
    Word{"人员类型", F(ImportField::Category)},
    Word{"category", F(ImportField::Category)},
    Word{"院落", F(ImportField::Courtyard)},
    Word{"院落号", F(ImportField::Courtyard)},
    Word{"courtyard", F(ImportField::Courtyard)},
    Word{"备注", F(ImportField::Note)},
    Word{"说明", F(ImportField::Note)},
    Word{"note", F(ImportField::Note)},
    Word{"notes", F(ImportField::Note)},
    Word{"remark", F(ImportField::Note)},
    Word{"remarks", F(ImportField::Note)},
    Word{"车辆类型", F(ImportField::Internal)},
    Word{"车辆类别", F(ImportField::Internal)},
    Word{"内部车辆", F(ImportField::Internal)},
    Word{"internal", F(ImportField::Internal)},
    Word{"vehicletype", F(ImportField::Internal)},
};

constexpr auto C = [](Category c) {
    return static_cast<int>(c);
};

const std::array kCategories{
    Word{"户籍", C(Category::RegisteredResident)},
    Word{"户籍居民", C(Category::RegisteredResident)},
    Word{"户籍人口", C(Category::RegisteredResident)},
    Word{"户籍人员", C(Category::RegisteredResident)},
    Word{"常住", C(Category::RegisteredResident)},
    Word{"常住人口", C(Category::RegisteredResident)},
    Word{"registeredresident", C(Category::RegisteredResident)},
    Word{"registered", C(Category::RegisteredResident)},
    Word{"resident", C(Category::RegisteredResident)},
    Word{"流动人口", C(Category::MigrantResident)},
    Word{"流动人员", C(Category::MigrantResident)},
    Word{"流动", C(Category::MigrantResident)},
    Word{"外来人口", C(Category::MigrantResident)},
    Word{"migrantresident", C(Category::MigrantResident)},
    Word{"migrant", C(Category::MigrantResident)},
    Word{"外来务工", C(Category::ExternalWorker)},
    Word{"外来务工人员", C(Category::ExternalWorker)},
    Word{"务工人员", C(Category::ExternalWorker)},
    Word{"externalworker", C(Category::ExternalWorker)},
    Word{"worker", C(Category::ExternalWorker)},
    Word{"访客", C(Category::Visitor)},
    Word{"来访人员", C(Category::Visitor)},
    Word{"visitor", C(Category::Visitor)},
    Word{"内部车辆", C(Category::InternalVehicle)},
    Word{"内部", C(Category::InternalVehicle)},
    Word{"内部车", C(Category::InternalVehicle)},
    Word{"internalvehicle", C(Category::InternalVehicle)},
    Word{"internal", C(Category::InternalVehicle)},
    Word{"外部车辆", C(Category::ExternalVehicle)},
    Word{"外部", C(Category::ExternalVehicle)},
    Word{"外部车", C(Category::ExternalVehicle)},
    Word{"外来车辆", C(Category::ExternalVehicle)},
    Word{"externalvehicle", C(Category::ExternalVehicle)},
    Word{"external", C(Category::ExternalVehicle)},
};

const std::array kYesNo{
    Word{"是", 1}, Word{"yes", 1}, Word{"y", 1}, Word{"true", 1},  Word{"1", 1},
    Word{"否", 0}, Word{"no", 0},  Word{"n", 0}, Word{"false", 0}, Word{"0", 0},
};

} // namespace

QString toString(ImportKind k)
{
    return nameOf(kKinds, k);
}

QString toString(ImportField f)
{
    return nameOf(kFields, f);
}

QString toString(ImportStatus s)
{
    return nameOf(kStatuses, s);
}

QString toString(ImportProblem p)
{
    return nameOf(kProblems, p);
}

std::optional<ImportKind> importKindFromString(QStringView s)
{
    return valueOf(kKinds, s);
}

std::optional<ImportField> importFieldFromString(QStringView s)
{
    if (s == QLatin1String("ignore"))
        return ImportField::None;
    return valueOf(kFields, s);
}

QList<ImportKind> allImportKinds()
{
    return valuesOf(kKinds);
}

QList<ImportStatus> allImportStatuses()
{
    return valuesOf(kStatuses);
}

bool isImported(ImportStatus s)
{
    return s == ImportStatus::Accepted || s == ImportStatus::HouseholdCreated;
}

std::optional<ImportField> Importer::recogniseHeader(const QString& header)
{
    const auto v = lookUp(kHeaders, header);
    if (!v)
        return std::nullopt;
    return static_cast<ImportField>(*v);
}

QList<ImportField> Importer::fieldsOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Households:
        return {ImportField::Address, ImportField::Courtyard, ImportField::Note};
    case ImportKind::Residents:
    case ImportKind::Migrants:
        return {ImportField::Name,    ImportField::IdNumber, ImportField::Phone,
                ImportField::Address, ImportField::Category, ImportField::Courtyard};
    case ImportKind::Vehicles:
        return {ImportField::Plate, ImportField::Address, ImportField::Internal, ImportField::Category,
                ImportField::Courtyard};
    }
    return {};
}

QList<ImportField> Importer::requiredFieldsOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Households:
        return {ImportField::Address};
    case ImportKind::Residents:
    case ImportKind::Migrants:
        return {ImportField::Name};
    case ImportKind::Vehicles:
        return {ImportField::Plate};
    }
    return {};
}

namespace importvalues {

std::optional<Category> category(const QString& text)
{
    const auto v = lookUp(kCategories, text);
    if (!v)
        return std::nullopt;
    return static_cast<Category>(*v);
}

std::optional<int> courtyard(const QString& text)
{
    QString key = fold(text);
    if (key.isEmpty() || key == QLatin1String("0") || key == QStringLiteral("主区") ||
        key == QStringLiteral("主社区") || key == QLatin1String("main"))
        return 0;
    // "一号院", "3号院", "院落2", "第四院": one digit or Chinese numeral 1..6 and these words.
    for (const char* word : {"院落", "号院", "院", "第", "courtyard", "no"})
        key.remove(QString::fromUtf8(word));
    static const QString kNumerals = QStringLiteral("一二三四五六");
    if (key.size() != 1)
        return std::nullopt;
    const QChar c = key.front();
    if (c >= u'1' && c <= u'6')
        return c.unicode() - u'0';
    const qsizetype n = kNumerals.indexOf(c);
    if (n >= 0)
        return static_cast<int>(n) + 1;
    return std::nullopt;
}

std::optional<bool> internalVehicle(const QString& text)
{
    if (const auto c = category(text)) {
        if (*c == Category::InternalVehicle)
            return true;
        if (*c == Category::ExternalVehicle)
            return false;
        return std::nullopt;
    }
    if (const auto yes = lookUp(kYesNo, text))
        return *yes == 1;
    return std::nullopt;
}

QString headerSignature(const QStringList& headers)
{
    QStringList folded;
    for (const QString& h : headers)
        folded << h.trimmed();
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

} // namespace importvalues

// --- remembered mappings ----------------------------------------------------------------------

namespace {

QJsonObject loadMappings(Database& db)
{
    Statement q = db.prepare("SELECT value FROM settings WHERE key = 'import.mappings'");
    if (!q.step())
        return {};
    return QJsonDocument::fromJson(q.text(0).toUtf8()).object(); // damaged: forgotten, not fatal
}

} // namespace

QHash<QString, ImportField> Importer::rememberedMapping(const QStringList& headers) const
{
    QHash<QString, ImportField> out;
    const QJsonObject entry = loadMappings(m_db).value(importvalues::headerSignature(headers)).toObject();
    const QJsonObject map = entry.value(QStringLiteral("map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (const auto f = importFieldFromString(it.value().toString()))
            out.insert(it.key(), *f);
    }
    return out;
}

void Importer::remember(const QStringList& headers, const QHash<QString, ImportField>& mapping)
{
    if (mapping.isEmpty())
        return;
    QJsonObject all = loadMappings(m_db);
    const QString key = importvalues::headerSignature(headers);
    QJsonObject map = all.value(key).toObject().value(QStringLiteral("map")).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        map.insert(it.key().trimmed(),
                   it.value() == ImportField::None ? QStringLiteral("ignore") : toString(it.value()));
    all.insert(key, QJsonObject{{QStringLiteral("headers"), QJsonArray::fromStringList(headers)},
                                {QStringLiteral("map"), map}});
    Statement q = m_db.prepare("INSERT INTO settings (key, value) VALUES ('import.mappings', ?1)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact))).exec();
}

} // namespace gatepost::core

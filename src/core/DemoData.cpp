#include "DemoData.h"

#include "Formats.h"
#include "PassCode.h"

#include <array>

namespace gatepost::core::demo {

namespace {

// Prefecture prefixes of real region codes; the county digits added by makeRegion() are made up.
constexpr std::array<Origin, 32> kOrigins{{
    {u"4115", u"信阳", u'豫'},     {u"4116", u"周口", u'豫'}, {u"4114", u"商丘", u'豫'},
    {u"4117", u"驻马店", u'豫'},   {u"1306", u"保定", u'冀'}, {u"1304", u"邯郸", u'冀'},
    {u"1307", u"张家口", u'冀'},   {u"3713", u"临沂", u'鲁'}, {u"3717", u"菏泽", u'鲁'},
    {u"3412", u"阜阳", u'皖'},     {u"3415", u"六安", u'皖'}, {u"1402", u"大同", u'晋'},
    {u"2301", u"哈尔滨", u'黑'},   {u"2201", u"长春", u'吉'}, {u"2101", u"沈阳", u'辽'},
    {u"1501", u"呼和浩特", u'蒙'}, {u"3203", u"徐州", u'苏'}, {u"4201", u"武汉", u'鄂'},
    {u"4209", u"孝感", u'鄂'},     {u"4211", u"黄冈", u'鄂'}, {u"5113", u"南充", u'川'},
    {u"5101", u"成都", u'川'},     {u"4301", u"长沙", u'湘'}, {u"3601", u"南昌", u'赣'},
    {u"6205", u"天水", u'甘'},     {u"6101", u"西安", u'陕'}, {u"5001", u"重庆", u'渝'},
    {u"1201", u"天津", u'津'},     {u"3303", u"温州", u'浙'}, {u"3501", u"福州", u'闽'},
    {u"4401", u"广州", u'粤'},     {u"5301", u"昆明", u'云'},
}};

constexpr std::array<const char16_t*, 4> kKeyAreas{u"武汉", u"孝感", u"黄冈", u"温州"};

// The 20 most common surnames (field notes), then more common ones.
constexpr char16_t kTopSurnames[] = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
constexpr char16_t kMoreSurnames[] = u"郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
                                     u"谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
                                     u"闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐"
                                     u"易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝"
                                     u"包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华"
                                     u"喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
                                     u"麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋"
                                     u"商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

constexpr char16_t kMaleChars[] =
    u"伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋阳峰建国志文海东亮成振永春福德胜利兵新"
    u"庆广金山义武学中晨子博涵轩铭然轶毅诚彬坤宏岩江河锋松柏荣昌盛兴达安";
constexpr char16_t kFemaleChars[] =
    u"芳娜敏静丽艳娟霞秀英燕玲桂兰红梅琳婷雪慧颖倩琴云洁萍玉凤佳欣怡丹月晶莉璐爽悦彤妍雯菲蕾薇瑶琪"
    u"晓翠春霞淑珍美荣娥秋素娇蓉";

QChar charAt(QStringView s, int i)
{
    return s.at(i);
}

} // namespace

int Random::below(int n)
{
    if (n <= 0)
        return 0;
    const quint32 bound = static_cast<quint32>(n);
    // Largest multiple of bound that fits in 2^32; draws at or above it are thrown away.
    const quint64 limit = (quint64(1) << 32) / bound * bound;
    for (;;) {
        const quint32 r = next();
        if (r < limit)
            return static_cast<int>(r % bound);
    }
}

const Origin& originAt(int index)
{
    return kOrigins.at(static_cast<std::size_t>(index));
}
int originCount()
{
    return static_cast<int>(kOrigins.size());
}

int pickOrigin(Random& rng)
{
    // Half from the first 8 origins (Henan, Hebei, Shandong), the rest spread over all of them.
    if (rng.chance(0.5))
        return rng.below(8);
    return rng.below(originCount());
}

QString keyAreaCity(Random& rng)
{
    return QString::fromUtf16(kKeyAreas.at(static_cast<std::size_t>(rng.below(int(kKeyAreas.size())))));
}

QString pickSurname(Random& rng)
{
    const QStringView top(kTopSurnames);
    const QStringView more(kMoreSurnames);
    if (rng.chance(0.55))
        return QString(charAt(top, rng.below(int(top.size()))));
    return QString(charAt(more, rng.below(int(more.size()))));
}

QString pickGivenName(Random& rng, Sex sex)
{
    const QStringView chars(sex == Sex::Male ? kMaleChars : kFemaleChars);
    QString name(charAt(chars, rng.below(int(chars.size()))));
    if (rng.chance(0.7))
        name.append(charAt(chars, rng.below(int(chars.size()))));
    return name;
}

QString makeRegion(Random& rng, QStringView prefix)
{
    const int county = rng.chance(0.4) ? rng.between(2, 5) : rng.between(21, 28);
    return prefix.toString() + QStringLiteral("%1").arg(county, 2, 10, QChar(u'0'));
}

QString makeIdNumber(Random& rng, QSet<QString>& used, QStringView region, QDate birth, Sex sex)
{
    const QString head = region.toString() + birth.toString(u"yyyyMMdd");
    for (;;) {
        const int seq = rng.below(500) * 2 + (sex == Sex::Male ? 1 : 0);
        const QString first17 = head + QStringLiteral("%1").arg(seq, 3, 10, QChar(u'0'));
        const QString id = first17 + formats::idCheckCharacter(first17);
        if (!used.contains(id)) {
            used.insert(id);
            return id;
        }
    }
}

QString makeMobile(Random& rng, QSet<QString>& used)
{
    static constexpr std::array<int, 24> kPrefixes{130, 131, 132, 133, 135, 136, 137, 138,
                                                   139, 150, 151, 152, 155, 156, 157, 158,
                                                   159, 180, 181, 186, 187, 188, 189, 199};
    for (;;) {
        const int prefix = kPrefixes.at(static_cast<std::size_t>(rng.below(int(kPrefixes.size()))));
        const QString phone =
            QString::number(prefix) + QStringLiteral("%1").arg(rng.below(100'000'000), 8, 10, QChar(u'0'));
        if (!used.contains(phone)) {
            used.insert(phone);
            return phone;
        }
    }
}

QString makePlate(Random& rng, QSet<QString>& used, QChar province, bool newEnergy)
{
    // Beijing's region letters; other provinces use the first few letters most.
    static constexpr char16_t kBeijingLetters[] = u"ABCEFGHJKLMNPQ";
    static constexpr char16_t kPlateLetters[] = u"ABCDEFGHJKLMNPQRSTUVWXYZ";
    static constexpr char16_t kNewEnergy[] = u"DF";
    const QStringView letters(kPlateLetters);
    for (;;) {
        QString plate(province);
        if (province == u'京')
            plate.append(charAt(QStringView(kBeijingLetters), rng.below(14)));
        else
            plate.append(charAt(letters, rng.below(rng.chance(0.7) ? 6 : 16)));
        if (newEnergy) {
            plate.append(charAt(QStringView(kNewEnergy), rng.below(2)));
            plate.append(QStringLiteral("%1").arg(rng.below(100'000), 5, 10, QChar(u'0')));
        } else {
            // Mostly digits; about a third carry one letter among the first three characters.
            QString tail = QStringLiteral("%1").arg(rng.below(100'000), 5, 10, QChar(u'0'));
            if (rng.chance(0.35))
                tail[rng.below(3)] = charAt(letters, rng.below(int(letters.size())));
            plate.append(tail);
        }
        if (!used.contains(plate)) {
            used.insert(plate);
            return plate;
        }
    }
}

QString makeDemoSecret(Random& rng)
{
    QString secret;
    secret.reserve(passcode::kSecretChars);
    for (int i = 0; i < passcode::kSecretChars; ++i)
        secret.append(QChar(passcode::kSecretAlphabet.at(rng.below(int(passcode::kSecretAlphabet.size())))));
    return secret;
}

} // namespace gatepost::core::demo

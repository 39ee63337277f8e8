// Printed passes read back: a small community printed to one PDF by PassDocument, rasterised by
// pdftoppm, every code decoded by zbar and by the station's ZXing decoder to the text the
// registry holds; sheet and placard sizes, module size on paper, cut marks, photo, policy
// colours; refusals (a gate station, a revoked pass, an unknown serial) as codes.

#include "../core/SyncFixture.h"
#include "PdfReadBack.h"

#include "core/Refusal.h"
#include "print/CardSheet.h"
#include "print/PassDocument.h"
#include "print/VehiclePlacard.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatepost;
using namespace gatepost::test;

namespace {

print::PrintTexts texts()
{
    print::PrintTexts t;
    t.title = QStringLiteral("清河四街社区 出入证");
    t.validity = QStringLiteral("有效期 %1 至 %2");
    return t;
}

QByteArray redJpeg()
{
    QImage img(120, 160, QImage::Format_RGB32);
    img.fill(QColor(0xd0, 0x10, 0x10));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", 90);
    return bytes;
}

// Millimetres to pixels at @p dpi.
int px(double mm, int dpi)
{
    return qRound(mm / 25.4 * dpi);
}

QRect pxRect(const QRectF& mm, int dpi)
{
    return QRect(px(mm.left(), dpi), px(mm.top(), dpi), px(mm.width(), dpi), px(mm.height(), dpi));
}

} // namespace

class TestPassDocument : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Community> m_c;
    QTemporaryDir m_dir;
    QStringList m_people;   // serials, in issue order
    QStringList m_vehicles; // serials
    QString m_revoked;
    qint64 m_photoPerson = 0;

    Registry& office() { return *m_c->office.reg; }
    QString code(const QString& serial) { return Registry::qrText(*office().pass(serial)); }

    QString pdf(const QStringList& serials, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        const print::PrintJob job = print::PassDocument::collect(office(), serials, texts());
        if (!print::PassDocument::writePdf(job, path, &error))
            qWarning() << error;
        return path;
    }

    static core::Refusal refusalOf(const std::function<void()>& f)
    {
        try {
            f();
        } catch (const core::RefusedError& e) {
            return e.refusal();
        }
        return {};
    }
    static QString codeOf(const std::function<void()>& f) { return core::toString(refusalOf(f).code); }

private slots:
    void initTestCase()
    {
        if (!haveReadBackTools())
            QSKIP("poppler-utils and zbar-tools are needed to read the printed passes back");
        m_c = std::make_unique<Community>();
        Registry& reg = office();
        // 12 people in 3 households (two sheets: 10 + 2 cards), 2 vehicles, one revoked pass.
        const char* names[] = {"王建国", "李秀英", "张伟", "刘洋", "陈静",     "杨帆",
                               "赵敏",   "黄磊",   "周杰", "吴芳", "欧阳娜娜", "孙悟空"};
        for (int h = 0; h < 3; ++h) {
            const qint64 household = reg.addHousehold(
                Household{0, QStringLiteral("清河四街 %1排 %2号").arg(h + 1).arg(h + 7), 0, {}});
            for (int i = 0; i < 4; ++i) {
                Person p;
                p.householdId = household;
                p.name = QString::fromUtf8(names[h * 4 + i]);
                p.category = i % 2 ? Category::MigrantResident : Category::RegisteredResident;
                const qint64 id = reg.addPerson(p);
                if (h == 0 && i == 0)
                    m_photoPerson = id;
                m_people << reg.issue(IssueRequest{HolderKind::Person, id, {}, {}, {}, {}}, Actor::system())
                                .serial;
            }
            Vehicle v;
            v.householdId = household;
            v.plate = QStringLiteral("京E7%1D6%2").arg(h).arg(h + 1);
            if (h < 2)
                m_vehicles << reg.issue(IssueRequest{HolderKind::Vehicle, reg.addVehicle(v), {}, {}, {}, {}},
                                        Actor::system())
                                  .serial;
        }
        reg.setPhoto(m_photoPerson, redJpeg(), Actor::system());
        Person extra;
        extra.name = QStringLiteral("钱多多");
        m_revoked =
            reg.issue(IssueRequest{HolderKind::Person, reg.addPerson(extra), {}, {}, {}, {}}, Actor::system())
                .serial;
        reg.setStatus(m_revoked, PassStatus::Revoked, QStringLiteral("moved away"), Actor::system());
        Policy policy = reg.policy();
        policy.cardColours[Category::RegisteredResident] = QStringLiteral("#c03030");
        reg.setPolicy(policy, Actor::system());
    }

    void cardsOnA4SheetsPlacardsOnA5InOnePdf()
    {
        const print::PrintJob job = print::PassDocument::collect(office(), m_people + m_vehicles, texts());
        QCOMPARE(job.cards.size(), 12);
        QCOMPARE(job.placards.size(), 2);
        QCOMPARE(job.sheetCount(), 2);
        QCOMPARE(job.pageCount(), 4);
        const QString path = pdf(m_people + m_vehicles, QStringLiteral("mixed.pdf"));
        QCOMPARE(pageCount(path), 4);
        QCOMPARE(pageSize(path, 1), QStringLiteral("595 x 842"));
        QCOMPARE(pageSize(path, 2), QStringLiteral("595 x 842"));
        QCOMPARE(pageSize(path, 3), QStringLiteral("595 x 420")); // A5 landscape
        QCOMPARE(pageSize(path, 4), QStringLiteral("595 x 420"));
    }

    void everyCodeReadsBackWithZbarAndZxing()
    {
        const QString path = pdf(m_people + m_vehicles, QStringLiteral("readback.pdf"));
        const int dpi = 200;
        for (int page = 1; page <= 4; ++page) {
            const QImage img = rasterise(path, page, dpi, m_dir.path());
            QVERIFY2(!img.isNull(), "pdftoppm made no image");
            QStringList expected;
            if (page <= 2) {
                expected = m_people.mid((page - 1) * 10, 10);
            } else {
                expected = {m_vehicles.at(page - 3)};
            }
            QSet<QString> codes;
            for (const QString& s : expected)
                codes.insert(code(s));
            // zbar: the whole page at once.
            QCOMPARE(zbarCodes(m_dir.filePath(QStringLiteral("page%1-%2.png").arg(page).arg(dpi))), codes);
            // ZXing, the gate's decoder: card by card (it reads one code per frame).
            for (int i = 0; i < expected.size(); ++i) {
                const QRect region = page <= 2 ? pxRect(print::CardSheet::cardRectMm(i), dpi) : img.rect();
                QCOMPARE(zxingCode(img, region), code(expected.at(i)));
            }
            // The serial printed under each code is the code's serial, as text.
            QCOMPARE(serialsAsText(path, page), QSet<QString>(expected.begin(), expected.end()));
        }
    }

    void moduleSizeOnPaperIsAtLeastHalfAMillimetre()
    {
        const QString c = code(m_people.first());
        QVERIFY(print::PassCard::moduleMm(c) >= 0.5);
        QVERIFY(print::VehiclePlacard::moduleMm(c) >= 2.0);
        // Measured on the printed page: the dark modules of the first card's code span 25 modules.
        const int dpi = 400;
        const QString path = pdf({m_people.first()}, QStringLiteral("one.pdf"));
        const QImage img = rasterise(path, 1, dpi, m_dir.path());
        const QRectF card = print::CardSheet::cardRectMm(0);
        const QRectF qrMm(card.right() - 2.5 - print::PassCard::kQrBoxMm, card.top() + 10.5,
                          print::PassCard::kQrBoxMm, print::PassCard::kQrBoxMm);
        const QRect box = pxRect(qrMm, dpi);
        int left = box.right(), right = box.left();
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                if (qGray(img.pixel(x, y)) < 128) {
                    left = qMin(left, x);
                    right = qMax(right, x);
                }
        const double moduleMm = (right - left + 1) / 25.0 / dpi * 25.4;
        QVERIFY2(moduleMm >= 0.5 && qAbs(moduleMm - print::PassCard::moduleMm(c)) < 0.05,
                 qPrintable(QString::number(moduleMm)));
        // The quiet zone: 4 modules of white on each side inside the box.
        QVERIFY(left - box.left() >= qFloor(3.5 * moduleMm / 25.4 * dpi));
    }

    void cardsAreBankCardSizeAndFitTheSheet()
    {
        QRectF all;
        for (int i = 0; i < print::CardSheet::kCardsPerSheet; ++i) {
            const QRectF r = print::CardSheet::cardRectMm(i);
            QCOMPARE(r.size(), QSizeF(85.6, 54.0));
            for (int j = 0; j < i; ++j)
                QVERIFY(!r.intersects(print::CardSheet::cardRectMm(j)));
            all = all.united(r);
        }
        // At least 5 mm of margin all round (most printers cannot print closer to the edge).
        QVERIFY(all.left() >= 5 && all.top() >= 5);
        QVERIFY(all.right() <= 210 - 5 && all.bottom() <= 297 - 5);
    }

    void cutMarksSurroundEveryPrintedCardOnly()
    {
        const int dpi = 200;
        const QString path = pdf(m_people, QStringLiteral("marks.pdf"));
        const QImage sheet2 = rasterise(path, 2, dpi, m_dir.path()); // 2 cards: slots 0 and 1
        auto markAt = [&](int slot) {
            // The horizontal mark left of the card's top-left corner (the vertical ones above a
            // card continue those below the card over it, in the same gap).
            const QRectF r = print::CardSheet::cardRectMm(slot);
            const int x =
                px(r.left() - print::CardSheet::kMarkOffsetMm - print::CardSheet::kMarkLengthMm / 2, dpi);
            const int y = px(r.top(), dpi);
            for (int dy = -2; dy <= 2; ++dy)
                if (qGray(sheet2.pixel(x, y + dy)) < 160)
                    return true;
            return false;
        };
        QVERIFY(markAt(0));
        QVERIFY(markAt(1));
        QVERIFY(!markAt(2));
        QVERIFY(!markAt(9));
    }

    void photoOrNeutralPlaceholderAndPolicyColours()
    {
        const int dpi = 150;
        // m_people[0] has a red photo and is a registered resident (policy colour #c03030);
        // m_people[1] has no photo.
        const QString path = pdf({m_people.at(0), m_people.at(1)}, QStringLiteral("photo.pdf"));
        const QImage img = rasterise(path, 1, dpi, m_dir.path(), true);
        const QRectF c0 = print::CardSheet::cardRectMm(0);
        const QRectF c1 = print::CardSheet::cardRectMm(1);
        const QColor photo = img.pixelColor(px(c0.left() + 12, dpi), px(c0.top() + 24, dpi));
        QVERIFY2(photo.red() > 180 && photo.green() < 80, qPrintable(photo.name()));
        const QColor placeholder = img.pixelColor(px(c1.left() + 4, dpi), px(c1.top() + 13, dpi));
        QVERIFY2(qAbs(placeholder.red() - 0xee) < 8 && placeholder.red() == placeholder.blue(),
                 qPrintable(placeholder.name()));
        const QColor band = img.pixelColor(px(c0.left() + 50, dpi), px(c0.top() + 1, dpi));
        QVERIFY2(qAbs(band.red() - 0xc0) < 6 && qAbs(band.green() - 0x30) < 6, qPrintable(band.name()));
        QVERIFY(img.pixelColor(px(c1.left() + 50, dpi), px(c1.top() + 1, dpi)) != band); // a migrant's colour
    }

    void revokedUnknownAndEmptyAreRefusedByCode()
    {
        const Refusal revoked = refusalOf([&] {
            print::PassDocument::collect(office(), {m_people.first(), m_revoked}, texts());
        });
        QCOMPARE(core::toString(revoked.code), core::toString(RefusalCode::PassNotPrintable));
        QCOMPARE(revoked.args, (QStringList{m_revoked, QStringLiteral("revoked")}));
        const Refusal unknown =
            refusalOf([&] { print::PassDocument::collect(office(), {QStringLiteral("9999999")}, texts()); });
        QCOMPARE(core::toString(unknown.code), core::toString(RefusalCode::SerialUnknown));
        QCOMPARE(codeOf([&] { print::PassDocument::collect(office(), {}, texts()); }),
                 QStringLiteral("nothing_to_print"));
        // --all leaves the revoked pass out; a household prints its own active passes.
        const print::PrintJob all = print::PassDocument::collectActive(office(), texts());
        QCOMPARE(all.serials.size(), m_people.size() + m_vehicles.size());
        QVERIFY(!all.serials.contains(m_revoked));
        const print::PrintJob home =
            print::PassDocument::collectHousehold(office(), QStringLiteral("清河四街 1排 7号"), texts());
        QCOMPARE(home.serials, (m_people.mid(0, 4) << m_vehicles.first()));
        QCOMPARE(codeOf([&] {
                     print::PassDocument::collectHousehold(office(), QStringLiteral("nowhere"), texts());
                 }),
                 QStringLiteral("household_unknown"));
    }

    void aGateStationHasNothingToPrintWith()
    {
        m_c->north.pull(m_c->office);
        Registry& north = *m_c->north.reg;
        QVERIFY(north.pass(m_people.first())); // the gate knows the pass ...
        const Refusal r =
            refusalOf([&] { print::PassDocument::collect(north, {m_people.first()}, texts()); });
        QCOMPARE(core::toString(r.code),
                 core::toString(RefusalCode::NoPassSecrets)); // ... but holds no secret to print it with
        QCOMPARE(codeOf([&] { print::PassDocument::collectActive(north, texts()); }),
                 QStringLiteral("no_pass_secrets"));
    }

    void aFailedWriteLeavesNoFile()
    {
        const print::PrintJob job = print::PassDocument::collect(office(), {m_people.first()}, texts());
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/passes.pdf"));
        QString error;
        QVERIFY(!print::PassDocument::writePdf(job, path, &error));
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
        // Writing over an older file replaces it whole; no temporary file is left beside it.
        const QString older = m_dir.filePath(QStringLiteral("older.pdf"));
        {
            QFile f(older);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QVERIFY(print::PassDocument::writePdf(job, older, &error));
        QFile f(older);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5).startsWith("%PDF"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("older.pdf*")}, QDir::Files).size(), 1);
    }
};

QTEST_MAIN(TestPassDocument)
#include "TestPassDocument.moc"

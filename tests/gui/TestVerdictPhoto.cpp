// The gate's verdict shows the photo the office stored for the person (Registry::setPhoto), so
// the volunteer compares the face; a holder without one gets the silhouette.

#include "StationFixture.h"
#include "scan/PhotoProcessor.h"

using namespace gatepost;

namespace {

constexpr QRgb kOrange = 0xFFFF8000;

bool isOrange(QRgb c)
{
    return qRed(c) > 220 && qGreen(c) > 90 && qGreen(c) < 170 && qBlue(c) < 60;
}

} // namespace

class TestVerdictPhoto : public QObject, private test::StationFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void theStoredPhotoIsShownWithTheVerdict()
    {
        // Two green residents' passes: the first gets a photo (a plain orange picture, made
        // small the way the office makes it), the second has none.
        const core::Pass withPhoto = greenPass(core::Category::RegisteredResident);
        QImage picture(480, 640, QImage::Format_RGB32);
        picture.fill(kOrange);
        m_registry->setPhoto(withPhoto.holderId, scan::PhotoProcessor::fromImage(picture),
                             core::Actor::operatorNamed(QStringLiteral("刘会计")));
        core::Pass without;
        core::PassFilter f;
        f.status = core::PassStatus::Active;
        f.category = core::Category::RegisteredResident;
        for (const core::Pass& p : m_registry->passes(f)) {
            if (p.holderId != withPhoto.holderId && m_registry->photo(p.holderId).isEmpty() &&
                m_allowed.contains(core::Registry::qrText(p))) {
                without = p;
                break;
            }
        }
        QVERIFY(!without.serial.isEmpty());

        auto w = station();
        auto* photo = child<QLabel>(w->verdictPanel(), "photoLabel");
        auto centre = [&] {
            const QImage shown = photo->pixmap().toImage();
            return shown.pixel(shown.width() / 2, shown.height() / 2);
        };
        w->handleCode(core::Registry::qrText(withPhoto));
        QTRY_VERIFY(photo->isVisible());
        QVERIFY(w->verdictPanel()->shownVerdict() == core::Verdict::Allow);
        QVERIFY2(isOrange(centre()), qPrintable(QColor(centre()).name()));

        QTest::keyClick(w->verdictPanel(), Qt::Key_Space);
        w->handleCode(core::Registry::qrText(without));
        QTRY_VERIFY(photo->isVisible());
        QVERIFY(!photo->pixmap().isNull());
        QVERIFY2(!isOrange(centre()), "the previous holder's photo must not stay on screen");
    }
};

QTEST_MAIN(TestVerdictPhoto)
#include "TestVerdictPhoto.moc"

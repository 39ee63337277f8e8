// Renders webcam-like frames of real pass cards for bench_compare_decoders: the codes come from a
// file (one a line, e.g. the "qr" fields of `gatepost-cli pass list --json`), are drawn by the
// product's own print::QrEncoder at the card's print size (30 mm with quiet zone, as PassCard
// prints it), and are seen by a pinhole camera at 20-40 cm, hand-held (roll, tilt), on a busy
// background, under indoor, night, sun or motion conditions, then JPEG-compressed like MJPEG.
//
//   bench_make_pass_frames [--hard] OUTDIR CODES.txt [SEED] [N_WITH_CODE] [N_EMPTY]
//   bench_make_pass_frames --clips OUTDIR CODES.txt [SEED] [N_CARDS]
//
// Writes OUTDIR/pNNNN.jpg and OUTDIR/truth.tsv (file, w, h, scenario, distance_cm, ppm, payload).
// Output belongs in /tmp, not in the repository.
//
// Without --hard the scenarios are indoor, night, sun and motion in turn (the figures in
// docs/performance.md were measured on those). --hard makes the hard cases of a gate instead
// (issue 10), in turn: glare (a specular patch on a laminated card), lowsun (over-exposed: the
// paper clips and the ink turns grey), dark (a cheap webcam at night: little light, much noise,
// strong JPEG), blur (a card moved fast: long motion blur), steep (tilted 40-55 degrees), far (a
// small card 45-80 cm away), phone-dark and phone-light (the code on a phone screen, light on
// dark or dark on light, with the screen's pixel grid beating against the sensor's and a
// reflection), and worn (a faded print with creases, partly covered by a finger).
// --clips makes one image folder of the hard cases as cards entering the view, one after another,
// for the per-card figures (see writeClips below and bench_card_latency).

#include "print/QrEncoder.h"

#include <QFile>
#include <QImage>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kCardW = 85.6, kCardH = 54.0; // mm, ID-1
constexpr double kQrMm = 30.0;                 // QR with its quiet zone, as PassCard prints it
constexpr double kCardPxPerMm = 12.0;          // resolution of the flat card before projection

struct Rng
{
    std::mt19937_64 g;
    double uni(double a, double b) { return std::uniform_real_distribution<double>(a, b)(g); }
    int irange(int a, int b) { return std::uniform_int_distribution<int>(a, b)(g); }
};

cv::Mat background(Rng& r, int w, int h)
{
    // A smooth light gradient, then blurred shapes and a fine texture: walls, jackets, a car.
    cv::Mat bg(h, w, CV_32FC3);
    const cv::Vec3f a(float(r.uni(40, 200)), float(r.uni(40, 200)), float(r.uni(40, 200)));
    const cv::Vec3f b(float(r.uni(40, 200)), float(r.uni(40, 200)), float(r.uni(40, 200)));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float t = float(x + y) / float(w + h);
            bg.at<cv::Vec3f>(y, x) = a * (1 - t) + b * t;
        }
    for (int i = 0, n = r.irange(8, 25); i < n; ++i) {
        const cv::Scalar c(r.uni(0, 255), r.uni(0, 255), r.uni(0, 255));
        const cv::Point p(r.irange(0, w), r.irange(0, h));
        if (r.irange(0, 1) == 0)
            cv::rectangle(bg, p, p + cv::Point(r.irange(20, w / 3), r.irange(20, h / 3)), c, cv::FILLED);
        else
            cv::ellipse(bg, p, cv::Size(r.irange(10, w / 5), r.irange(10, h / 5)), r.uni(0, 180), 0, 360, c,
                        cv::FILLED);
    }
    // A few thin high-contrast lines (cables, window frames) that tempt finder-pattern searches.
    for (int i = 0, n = r.irange(2, 8); i < n; ++i)
        cv::line(bg, {r.irange(0, w), r.irange(0, h)}, {r.irange(0, w), r.irange(0, h)},
                 cv::Scalar::all(r.uni(0, 255)), r.irange(1, 6));
    cv::GaussianBlur(bg, bg, cv::Size(0, 0), r.uni(1.0, 4.0));
    cv::Mat tex(h, w, CV_32FC3);
    cv::randn(tex, 0, r.uni(2, 10));
    bg += tex;
    return bg;
}

cv::Mat qrModules(const QString& code, int side)
{
    const QImage qr = gatepost::print::QrEncoder::render(code, 1, 4);
    cv::Mat m(qr.height(), qr.width(), CV_8UC1, const_cast<uchar*>(qr.constBits()),
              size_t(qr.bytesPerLine()));
    cv::Mat big;
    cv::resize(m, big, cv::Size(side, side), 0, 0, cv::INTER_NEAREST);
    cv::Mat big3;
    cv::cvtColor(big, big3, cv::COLOR_GRAY2BGR);
    big3.convertTo(big3, CV_32FC3);
    return big3; // 0 = ink, 255 = paper
}

// A phone held up with the code on its screen, in the card's place (same outline, so the same
// pose code applies): a dark bezel, a screen lit at @p backlight, the code 36 mm wide, light on
// dark when @p darkMode, and the screen's pixel grid (a fine stripe pattern that beats against
// the camera's pixels once projected and downscaled).
cv::Mat phone(Rng& r, const QString& code, bool withQr, bool darkMode)
{
    const int w = int(kCardW * kCardPxPerMm), h = int(kCardH * kCardPxPerMm);
    cv::Mat c(h, w, CV_32FC3, cv::Scalar::all(r.uni(10, 30)));
    const cv::Rect screen(int(4 * kCardPxPerMm), int(3 * kCardPxPerMm), w - int(8 * kCardPxPerMm),
                          h - int(6 * kCardPxPerMm));
    const double backlight = r.uni(0.75, 1.0);
    c(screen).setTo(cv::Scalar::all(darkMode ? 25 : 240 * backlight));
    if (withQr) {
        const int side = std::min(int(36 * kCardPxPerMm), screen.height);
        cv::Mat q = qrModules(code, side);
        if (darkMode)
            q = cv::Scalar::all(255) - q; // light modules on a dark screen
        q = q * (backlight * 0.9) + cv::Scalar::all(darkMode ? 20 : 10);
        q.copyTo(c(cv::Rect(screen.x + (screen.width - side) / 2, screen.y + (screen.height - side) / 2, side,
                            side)));
    }
    // The screen's pixel grid: dark lines between pixel rows and columns, pitch about 0.06 mm.
    const double pitch = r.uni(0.9, 1.6); // card pixels (12 per mm) between grid lines
    for (int y = screen.y; y < screen.y + screen.height; ++y)
        for (int x = screen.x; x < screen.x + screen.width; ++x) {
            const double g = 0.8 + 0.2 * std::cos(2 * kPi * x / pitch) * std::cos(2 * kPi * y / pitch);
            c.at<cv::Vec3f>(y, x) *= float(g);
        }
    return c;
}

// The flat card: white with a coloured band, a photo box, text bars and the QR code on the right.
// @p ink is how dark the modules print (8: fresh; 110-160: faded).
cv::Mat card(Rng& r, const QString& code, bool withQr, double ink = 8)
{
    const int w = int(kCardW * kCardPxPerMm), h = int(kCardH * kCardPxPerMm);
    cv::Mat c(h, w, CV_32FC3, cv::Scalar::all(r.uni(225, 250)));
    cv::rectangle(c, cv::Rect(0, 0, w, int(8 * kCardPxPerMm)), cv::Scalar(r.uni(0, 255), r.uni(0, 255), 40),
                  cv::FILLED);
    const int photo = int(22 * kCardPxPerMm);
    cv::rectangle(c, cv::Rect(int(4 * kCardPxPerMm), int(12 * kCardPxPerMm), photo * 3 / 4, photo),
                  cv::Scalar::all(r.uni(60, 160)), cv::FILLED);
    for (int i = 0; i < 4; ++i)
        cv::rectangle(c,
                      cv::Rect(int(24 * kCardPxPerMm), int((13 + 8 * i) * kCardPxPerMm),
                               int(r.uni(12, 24) * kCardPxPerMm), int(3 * kCardPxPerMm)),
                      cv::Scalar::all(30), cv::FILLED);
    if (withQr) {
        const int side = int(kQrMm * kCardPxPerMm);
        cv::Mat big3;
        qrModules(code, side)
            .convertTo(big3, CV_32FC3, 0.95, 8); // ink is not pure black, paper not pure white
        if (ink > 8)                             // faded: the modules lighten towards the paper
            big3 = (big3 - cv::Scalar::all(8)) * ((250.0 - ink) / 242.0) + cv::Scalar::all(ink);
        big3.copyTo(
            c(cv::Rect(w - side - int(3 * kCardPxPerMm), h - side - int(3 * kCardPxPerMm), side, side)));
    }
    return c;
}

struct Pose
{
    double distanceMm = 300, roll = 0, tiltX = 0, tiltY = 0, offX = 0, offY = 0;
};

// Card corners projected by a pinhole camera of horizontal field of view @p hfovDeg.
std::array<cv::Point2f, 4> project(const Pose& p, int w, int h, double hfovDeg, double* pxPerMm)
{
    const double f = w / 2.0 / std::tan(hfovDeg / 2 * kPi / 180);
    const double cr = std::cos(p.roll), sr = std::sin(p.roll);
    const double cx = std::cos(p.tiltX), sx = std::sin(p.tiltX);
    const double cy = std::cos(p.tiltY), sy = std::sin(p.tiltY);
    const double corners[4][2] = {{-kCardW / 2, -kCardH / 2},
                                  {kCardW / 2, -kCardH / 2},
                                  {kCardW / 2, kCardH / 2},
                                  {-kCardW / 2, kCardH / 2}};
    std::array<cv::Point2f, 4> out;
    for (int i = 0; i < 4; ++i) {
        double x = corners[i][0] * cr - corners[i][1] * sr, y = corners[i][0] * sr + corners[i][1] * cr,
               z = 0;
        const double y1 = y * cx - z * sx, z1 = y * sx + z * cx;    // tilt about x
        const double x2 = x * cy + z1 * sy, z2 = -x * sy + z1 * cy; // tilt about y
        x = x2 + p.offX;
        y = y1 + p.offY;
        z = z2 + p.distanceMm;
        out[size_t(i)] = cv::Point2f(float(f * x / z + w / 2.0), float(f * y / z + h / 2.0));
    }
    *pxPerMm = f / p.distanceMm;
    return out;
}

} // namespace

// A bright patch (a specular reflection on the laminate, or a broad reflection on a phone's glass),
// added where @p mask (the card) is, centred at @p at.
void addGlare(cv::Mat& img, const cv::Mat& mask, cv::Point2f at, double radius, double amplitude)
{
    cv::Mat blob(img.size(), CV_32FC1, cv::Scalar(0));
    cv::circle(blob, at, int(radius), cv::Scalar(1), cv::FILLED);
    cv::GaussianBlur(blob, blob, cv::Size(0, 0), radius / 2);
    blob = blob.mul(mask) * amplitude;
    cv::Mat blob3;
    cv::cvtColor(blob, blob3, cv::COLOR_GRAY2BGR);
    img += blob3;
}

// Wear on the flat card: one or two creases (a light line with a shadow beside it) and a finger
// over the right edge of the code, where no finder pattern is.
void wear(Rng& r, cv::Mat& flat)
{
    const int w = flat.cols, h = flat.rows;
    for (int i = 0, n = r.irange(1, 2); i < n; ++i) {
        const cv::Point a(r.irange(0, w / 3), r.irange(0, h)), b(r.irange(2 * w / 3, w), r.irange(0, h));
        cv::line(flat, a, b, cv::Scalar::all(255), r.irange(2, 4));
        cv::line(flat, a + cv::Point(0, 4), b + cv::Point(0, 4), cv::Scalar::all(r.uni(90, 150)), 2);
    }
    const int side = int(kQrMm * kCardPxPerMm);
    const cv::Point qr(w - side - int(3 * kCardPxPerMm), h - side - int(3 * kCardPxPerMm));
    const cv::Point tip(qr.x + side - int(r.uni(0.05, 0.15) * side), qr.y + int(r.uni(0.45, 0.8) * side));
    cv::ellipse(flat, tip + cv::Point(int(9 * kCardPxPerMm), 0),
                cv::Size(int(10 * kCardPxPerMm), int(r.uni(6, 8) * kCardPxPerMm)), r.uni(-20, 20), 0, 360,
                cv::Scalar(r.uni(100, 140), r.uni(130, 170), r.uni(180, 220)), cv::FILLED);
}

// What the scenario holds up, flat: a phone screen, a worn card or a card.
cv::Mat flatFor(Rng& r, const std::string& scenario, const QString& code, bool withQr)
{
    if (scenario == "phone-dark" || scenario == "phone-light")
        return phone(r, code, withQr, scenario == "phone-dark");
    if (scenario == "worn") {
        cv::Mat flat = card(r, code, withQr, r.uni(110, 160));
        wear(r, flat);
        return flat;
    }
    return card(r, code, withQr);
}

// The pose of a card held up to the camera (hand-held: roll and tilt; steep and far as those
// scenarios ask). Draws in the same order as the frame loop always did.
Pose restingPose(Rng& r, const std::string& scenario, int w, int h, double hfov)
{
    Pose p;
    p.distanceMm = r.uni(200, 400);
    p.roll = r.uni(-30, 30) * kPi / 180;
    p.tiltX = r.uni(-25, 25) * kPi / 180;
    p.tiltY = r.uni(-25, 25) * kPi / 180;
    const double fieldW = 2 * p.distanceMm * std::tan(hfov / 2 * kPi / 180);
    p.offX = r.uni(-0.25, 0.25) * (fieldW - kCardW);
    p.offY = r.uni(-0.25, 0.25) * (fieldW * h / w - kCardH);
    if (scenario == "steep") {
        const double t = r.uni(40, 55) * kPi / 180 * (r.irange(0, 1) ? 1 : -1);
        (r.irange(0, 1) ? p.tiltX : p.tiltY) = t;
    } else if (scenario == "far") {
        p.distanceMm = r.uni(450, 800);
        const double far = 2 * p.distanceMm * std::tan(hfov / 2 * kPi / 180);
        p.offX = r.uni(-0.3, 0.3) * (far - kCardW);
        p.offY = r.uni(-0.3, 0.3) * (far * h / w - kCardH);
    }
    return p;
}

// The flat card (or phone) at @p quad over @p img, shaded by a soft vertical ramp from @p s0 to
// @p s1 (a hand, a cap). Returns the card's mask in @p img's coordinates.
cv::Mat composite(cv::Mat& img, const cv::Mat& flat, const std::array<cv::Point2f, 4>& quad, double s0,
                  double s1)
{
    const std::array<cv::Point2f, 4> src = {cv::Point2f(0, 0), cv::Point2f(float(flat.cols), 0),
                                            cv::Point2f(float(flat.cols), float(flat.rows)),
                                            cv::Point2f(0, float(flat.rows))};
    const cv::Mat H = cv::getPerspectiveTransform(src.data(), quad.data());
    cv::Mat warped, mask;
    cv::warpPerspective(flat, warped, H, img.size(), cv::INTER_AREA);
    cv::warpPerspective(cv::Mat(flat.size(), CV_32FC1, cv::Scalar(1)), mask, H, img.size(), cv::INTER_LINEAR);
    cv::Mat shade(img.size(), CV_32FC1);
    for (int x = 0; x < img.cols; ++x)
        shade.col(x).setTo(s0 + (s1 - s0) * x / img.cols);
    std::vector<cv::Mat> ch;
    cv::split(warped, ch);
    for (auto& c : ch)
        c = c.mul(shade);
    cv::merge(ch, warped);
    cv::Mat mask3;
    cv::cvtColor(mask, mask3, cv::COLOR_GRAY2BGR);
    img = img.mul(cv::Scalar::all(1) - mask3) + warped.mul(mask3);
    return mask;
}

// A point of the card given in card-relative (u, v), bilinear in the projected corners.
cv::Point2f onCard(const std::array<cv::Point2f, 4>& quad, double u, double v)
{
    return (quad[0] * float(1 - u) + quad[1] * float(u)) * float(1 - v) +
           (quad[3] * float(1 - u) + quad[2] * float(u)) * float(v);
}

// Optics and sensor on the downscaled picture: lens blur, the scenario's light, motion blur
// (drawn here for the motion and blur scenarios, or @p motion when given: a clip's own
// movement), gain, noise, 8 bits. Sets @p quality to the JPEG quality a scenario forces (0: the
// usual 70-90).
cv::Mat sensor(Rng& r, cv::Mat img, const std::string& scenario, int* quality,
               const cv::Mat* motion = nullptr)
{
    const double sigma = r.uni(0.3, 1.2);
    cv::GaussianBlur(img, img, cv::Size(0, 0), sigma);
    double gain = 1, offset = 0, noise = r.uni(1.5, 4);
    *quality = 0;
    if (scenario == "night") {
        gain = r.uni(0.2, 0.45);
        noise = r.uni(4, 9);
    } else if (scenario == "sun") {
        gain = r.uni(1.3, 1.9);
        offset = r.uni(10, 50);
    } else if (scenario == "lowsun") {
        gain = r.uni(1.8, 2.6);
        offset = r.uni(40, 90);
    } else if (scenario == "dark") {
        gain = r.uni(0.1, 0.22);
        noise = r.uni(6, 12);
        *quality = r.irange(50, 70);
    } else if (!motion && (scenario == "motion" || scenario == "blur")) {
        const int len = scenario == "blur" ? r.irange(9, 17) : r.irange(3, 9);
        cv::Mat k = cv::Mat::zeros(len, len, CV_32F);
        cv::line(k, {0, r.irange(0, len - 1)}, {len - 1, r.irange(0, len - 1)}, cv::Scalar(1));
        k /= cv::sum(k)[0];
        cv::filter2D(img, img, -1, k);
    }
    if (motion && !motion->empty())
        cv::filter2D(img, img, -1, *motion);
    img = img * gain + cv::Scalar::all(offset);
    cv::Mat n(img.size(), img.type());
    cv::randn(n, 0, noise);
    img += n;
    cv::Mat u8;
    img.convertTo(u8, CV_8UC3);
    return u8;
}

// A motion-blur kernel for a movement of @p d pixels during the exposure (none below a pixel).
cv::Mat motionKernel(cv::Point2f d)
{
    const double len = std::hypot(d.x, d.y);
    if (len < 1)
        return {};
    const int n = int(std::ceil(len)) | 1;
    cv::Mat k = cv::Mat::zeros(n, n, CV_32F);
    const cv::Point2f c(float(n / 2), float(n / 2));
    cv::line(k, c - d * 0.5f, c + d * 0.5f, cv::Scalar(1));
    k /= std::max(1.0, cv::sum(k)[0]);
    return k;
}

const char* const kHardScenarios[] = {"glare", "lowsun",     "dark",        "blur", "steep",
                                      "far",   "phone-dark", "phone-light", "worn"};

// --clips: one 1280x720 image folder of cards entering the view one after another, for the
// per-card figures (bench_card_latency). Each card, a hard scenario in turn, slides in from a
// side over 8 frames (ease-out: fast first, so the first frames are smeared), then is held for
// 22 frames with a hand's tremor (a few mm; blur: a shaky hand and the whole exposure), and 12
// frames of the empty scene follow. The background, the card, its shade and glare stay the same
// for the card's frames; the sensor noise is new in each. Writes fNNNNN.jpg and cards.tsv
// (card, scenario, first and last frame index from 0, payload).
int writeClips(const std::string& out, const QStringList& codes, unsigned long long seed, int cards)
{
    constexpr int kEntering = 8, kHeld = 22, kGap = 12;
    const int w = 1280, h = 720;
    const double hfov = 60.0;
    Rng r{std::mt19937_64(seed)};
    std::FILE* truth = std::fopen((out + "/cards.tsv").c_str(), "w");
    if (!truth) {
        std::fprintf(stderr, "cannot write %s/cards.tsv\n", out.c_str());
        return 1;
    }
    std::fprintf(truth, "card\tscenario\tfirst\tlast\tpayload\n");
    int frame = 0;
    const auto write = [&](const cv::Mat& u8, int quality) {
        char fn[32];
        std::snprintf(fn, sizeof fn, "f%05d.jpg", frame++);
        cv::imwrite(out + "/" + fn, u8, {cv::IMWRITE_JPEG_QUALITY, quality ? quality : r.irange(70, 90)});
    };
    for (int i = 0; i < cards; ++i) {
        const std::string scenario = kHardScenarios[i % 9];
        const QString code = codes[i % codes.size()];
        const Pose rest = restingPose(r, scenario, w, h, hfov);
        const int W2 = w * 2, H2 = h * 2;
        const cv::Mat bg = background(r, W2, H2);
        const cv::Mat flat = flatFor(r, scenario, code, true);
        const double s0 = r.uni(0.6, 1.0), s1 = r.uni(0.8, 1.1);
        const double gu = r.uni(0.45, 0.95), gv = r.uni(0.3, 0.95);
        const bool glare = scenario == "glare" || scenario.rfind("phone", 0) == 0;
        const double gr = scenario == "glare" ? r.uni(0.08, 0.2) : r.uni(0.3, 0.6);
        const double ga = scenario == "glare" ? r.uni(150, 350) : r.uni(30, 90);
        const double side = r.irange(0, 1) ? 1 : -1;
        const double fieldW = 2 * rest.distanceMm * std::tan(hfov / 2 * kPi / 180);
        const double tremorMm = scenario == "blur" ? 5 : 1.5;
        const double exposure = scenario == "blur" || scenario == "dark" ? 1.0 : 0.5; // of a frame period
        // Where the card is at frame k of its turn, before the tremor: it slides in from a side,
        // fast first (ease-out), and rests from frame kEntering - 1 on.
        const auto sliding = [&](int k) {
            Pose p = rest;
            const double t = std::max(0.0, 1.0 - double(k + 1) / kEntering); // k = -1: 1, the start
            p.offX += side * 0.6 * fieldW * t * t;
            return p;
        };
        double unusedPpm = 0;
        // The card was already moving before its first frame: that frame is smeared too.
        cv::Point2f lastCentre = onCard(project(sliding(-1), W2, H2, hfov, &unusedPpm), 0.5, 0.5) * 0.5f;
        const int first = frame;
        for (int k = 0; k < kEntering + kHeld; ++k) {
            Pose p = sliding(k);
            p.offX += r.uni(-tremorMm, tremorMm);
            p.offY += r.uni(-tremorMm, tremorMm);
            double ppm2 = 0;
            const auto quad = project(p, W2, H2, hfov, &ppm2);
            cv::Mat img = bg.clone();
            const cv::Mat mask = composite(img, flat, quad, s0, s1);
            if (glare)
                addGlare(img, mask, onCard(quad, gu, gv), gr * cv::norm(quad[1] - quad[0]), ga);
            cv::resize(img, img, cv::Size(w, h), 0, 0, cv::INTER_AREA);
            const cv::Point2f centre = onCard(quad, 0.5, 0.5) * 0.5f;
            const cv::Mat kernel = motionKernel((centre - lastCentre) * float(exposure));
            lastCentre = centre;
            int quality = 0;
            const cv::Mat u8 = sensor(r, img, scenario, &quality, &kernel);
            write(u8, quality);
        }
        const int last = frame - 1;
        for (int k = 0; k < kGap; ++k) {
            cv::Mat img;
            cv::resize(bg, img, cv::Size(w, h), 0, 0, cv::INTER_AREA);
            int quality = 0;
            const cv::Mat none;
            write(sensor(r, img, scenario, &quality, &none), quality);
        }
        std::fprintf(truth, "%d\t%s\t%d\t%d\t%s\n", i, scenario.c_str(), first, last,
                     code.toUtf8().constData());
    }
    std::fclose(truth);
    std::fprintf(stderr, "wrote %d cards, %d frames to %s (seed %llu)\n", cards, frame, out.c_str(), seed);
    return 0;
}

int main(int argc, char** argv)
{
    const bool hard = argc > 1 && std::string(argv[1]) == "--hard";
    const bool clips = argc > 1 && std::string(argv[1]) == "--clips";
    if (hard || clips)
        --argc, ++argv;
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: %s [--hard] OUTDIR CODES.txt [SEED] [N_WITH_CODE] [N_EMPTY]\n"
                     "       %s --clips OUTDIR CODES.txt [SEED] [N_CARDS]\n",
                     argv[0], argv[0]);
        return 2;
    }
    const std::string out = argv[1];
    QFile codesFile(QString::fromLocal8Bit(argv[2]));
    if (!codesFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    const QStringList codes =
        QString::fromUtf8(codesFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const unsigned long long seed = argc > 3 ? std::stoull(argv[3]) : 20261129ULL;
    const int nCode = argc > 4 ? std::stoi(argv[4]) : 60;
    const int nEmpty = argc > 5 ? std::stoi(argv[5]) : 10;
    if (codes.isEmpty() || nCode < 0 || nEmpty < 0) {
        std::fprintf(stderr, "no codes in %s\n", argv[2]);
        return 1;
    }
    cv::setNumThreads(1);
    if (clips)
        return writeClips(out, codes, seed, nCode);
    Rng r{std::mt19937_64(seed)};
    std::FILE* truth = std::fopen((out + "/truth.tsv").c_str(), "w");
    if (!truth) {
        std::fprintf(stderr, "cannot write %s/truth.tsv\n", out.c_str());
        return 1;
    }
    std::fprintf(truth, "file\tw\th\tscenario\tdistance_cm\tppm\tpayload\n");
    const char* scenarios[] = {"indoor", "night", "sun", "motion"};
    for (int i = 0; i < nCode + nEmpty; ++i) {
        const bool withQr = i < nCode;
        const QString code = codes[i % codes.size()];
        const bool hd = r.uni(0, 1) < 0.7; // most gate webcams run 1280x720, some 640x480
        const int w = hd ? 1280 : 640, h = hd ? 720 : 480;
        const double hfov = hd ? 60.0 : 50.0;
        const std::string scenario = hard ? kHardScenarios[i % 9] : scenarios[i % 4];
        const Pose p = restingPose(r, scenario, w, h, hfov);

        // Render at twice the size and area-downscale, so the sensor integrates the print.
        const int W2 = w * 2, H2 = h * 2;
        cv::Mat img = background(r, W2, H2);
        double ppm2 = 0;
        const auto quad = project(p, W2, H2, hfov, &ppm2);
        const cv::Mat flat = flatFor(r, scenario, code, withQr);
        const double s0 = r.uni(0.6, 1.0), s1 = r.uni(0.8, 1.1);
        const cv::Mat mask = composite(img, flat, quad, s0, s1);
        if (scenario == "glare" || scenario.rfind("phone", 0) == 0) {
            // Somewhere over the code's half of the card (bilinear in the projected corners).
            const double u = r.uni(0.45, 0.95), v = r.uni(0.3, 0.95);
            const cv::Point2f at = onCard(quad, u, v);
            const double cardPx = cv::norm(quad[1] - quad[0]);
            if (scenario == "glare")
                addGlare(img, mask, at, r.uni(0.08, 0.2) * cardPx, r.uni(150, 350));
            else
                addGlare(img, mask, at, r.uni(0.3, 0.6) * cardPx, r.uni(30, 90));
        }
        cv::resize(img, img, cv::Size(w, h), 0, 0, cv::INTER_AREA);

        int quality = 0;
        const cv::Mat u8 = sensor(r, img, scenario, &quality);
        char fn[32];
        std::snprintf(fn, sizeof fn, "p%04d.jpg", i);
        cv::imwrite(out + "/" + fn, u8, {cv::IMWRITE_JPEG_QUALITY, quality ? quality : r.irange(70, 90)});
        const double qrMm = scenario.rfind("phone", 0) == 0 ? 36.0 : kQrMm;
        const double ppmQr = ppm2 / 2 * qrMm / 33.0; // pixels per module, card facing the camera
        std::fprintf(truth, "%s\t%d\t%d\t%s\t%.0f\t%.2f\t%s\n", fn, w, h, withQr ? scenario.c_str() : "empty",
                     p.distanceMm / 10, withQr ? ppmQr : 0.0, withQr ? code.toUtf8().constData() : "");
    }
    std::fclose(truth);
    std::fprintf(stderr, "wrote %d frames to %s (seed %llu)\n", nCode + nEmpty, out.c_str(), seed);
    return 0;
}

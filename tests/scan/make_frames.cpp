// make_frames: writes the golden frame corpus of tests/data/frames/ ONCE; the images are
// committed and this program is kept to show how they were made (and to remake them if
// the corpus ever needs a new case). It is not part of the test run.
//
//     cmake --build <build> --target make_frames && <build>/tests/scan/make_frames tests/data/frames
//
// Each frame is a printed pass card (QR from QrEncoder::modules(), so the print layer's own
// symbols) posed in 3-D on a cluttered background, then degraded like a cheap webcam frame.
// Everything is drawn from fixed seeds with cv::RNG, so reruns give the same pixels (JPEG bytes
// may differ with the libjpeg version). expected.tsv gets file, expected text and "-" for the
// hard-rotations column, which is filled in by hand after measuring (see the README there).
#include "print/QrEncoder.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct Case
{
    std::string file;
    std::string text; // empty: the card carries no code
    int width = 640, height = 480;
    double ppm = 6;              // image pixels per QR module (before tilt)
    double roll = 4;             // degrees, in the image plane
    double tiltX = 0, tiltY = 0; // degrees, card turned away from the camera
    double sigma = 0.5;          // gaussian blur
    double motion = 0;           // motion blur length in pixels
    double motionAngle = 0;      // degrees
    double noise = 3;            // gaussian noise sigma (gray levels)
    double gain = 1, offset = 0;
    bool damaged = false;  // thumb over part of the code and a crease across it
    double dx = 0, dy = 0; // card centre offset from the frame centre, in pixels
    unsigned seed = 1;
};

const double kPi = 3.14159265358979323846;

// The card in its own coordinates, `u` pixels per QR module. Values are gray levels (float).
cv::Mat drawCard(const Case& c, double u, cv::Rect2d* codeRect)
{
    const auto modules =
        gatepost::print::QrEncoder::modules(QString::fromStdString(c.text.empty() ? "x" : c.text));
    const int n = int(modules.size());
    const double side = (n + 8) * u; // code with its quiet zone
    const int cw = int(side * 2.4), ch = int(side * 1.45);
    cv::Mat card(ch, cw, CV_32F, cv::Scalar(232));
    cv::RNG rng(c.seed * 7919u + 11u);
    const double ox = 0.08 * side, oy = (ch - side) / 2;
    *codeRect = {ox, oy, side, side};
    if (!c.text.empty()) {
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                if (modules[y][x])
                    cv::rectangle(card, cv::Point2d(ox + (x + 4) * u, oy + (y + 4) * u),
                                  cv::Point2d(ox + (x + 5) * u - 1, oy + (y + 5) * u - 1), cv::Scalar(25),
                                  cv::FILLED);
    } else {
        // No code: a logo with one finder-like target and a block pattern, to tempt the detector.
        const cv::Point2d o(ox + side * 0.2, oy + side * 0.2);
        cv::rectangle(card, o, o + cv::Point2d(7 * u, 7 * u), cv::Scalar(25), cv::FILLED);
        cv::rectangle(card, o + cv::Point2d(u, u), o + cv::Point2d(6 * u, 6 * u), cv::Scalar(232),
                      cv::FILLED);
        cv::rectangle(card, o + cv::Point2d(2 * u, 2 * u), o + cv::Point2d(5 * u, 5 * u), cv::Scalar(25),
                      cv::FILLED);
        for (int i = 0; i < 60; ++i) {
            const cv::Point2d p(ox + side * 0.2 + rng.uniform(0, 18) * u,
                                oy + side * 0.5 + rng.uniform(0, 9) * u);
            cv::rectangle(card, p, p + cv::Point2d(u, u), cv::Scalar(25), cv::FILLED);
        }
    }
    // Photo box and "text" lines on the right, like the real card layout.
    const double tx = ox + side + 0.1 * side;
    cv::rectangle(card, cv::Point2d(cw - 0.45 * side, 0.1 * ch), cv::Point2d(cw - 0.08 * side, 0.55 * ch),
                  cv::Scalar(120), cv::FILLED);
    for (int i = 0; i < 6; ++i) {
        const double y = 0.12 * ch + i * 0.13 * ch;
        const double w = rng.uniform(0.3, 0.7) * (cw - tx - (i < 3 ? 0.5 * side : 0.1 * side));
        cv::rectangle(card, cv::Point2d(tx, y), cv::Point2d(tx + w, y + 0.05 * ch), cv::Scalar(45),
                      cv::FILLED);
    }
    if (c.damaged && !c.text.empty()) {
        // A thumb over the right middle of the code and a white crease across the lower right
        // (finders stay visible): the error correction (level M, ~15 %) has to restore it.
        cv::ellipse(card, cv::Point2d(ox + (n + 6) * u, oy + (n / 2.0 + 3) * u), cv::Size2d(4.5 * u, 3.5 * u),
                    15, 0, 360, cv::Scalar(150), cv::FILLED, cv::LINE_AA);
        cv::line(card, cv::Point2d(ox + 12 * u, oy + (n + 3) * u),
                 cv::Point2d(ox + (n + 4) * u, oy + (n - 2) * u), cv::Scalar(220), std::max(1, int(u * 0.35)),
                 cv::LINE_AA);
    }
    return card;
}

cv::Mat drawBackground(int w, int h, unsigned seed)
{
    cv::RNG rng(seed);
    cv::Mat bg(h, w, CV_32F);
    const double a = rng.uniform(80.0, 160.0), gx = rng.uniform(-60.0, 60.0), gy = rng.uniform(-60.0, 60.0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            bg.at<float>(y, x) = float(a + gx * x / w + gy * y / h);
    for (int i = 0; i < 40; ++i) {
        const cv::Point p(rng.uniform(0, w), rng.uniform(0, h));
        const cv::Scalar v(rng.uniform(10, 245));
        switch (rng.uniform(0, 4)) {
        case 0:
            cv::rectangle(bg, p, p + cv::Point(rng.uniform(10, w / 4), rng.uniform(10, h / 4)), v,
                          cv::FILLED);
            break;
        case 1:
            cv::circle(bg, p, rng.uniform(5, w / 10), v, cv::FILLED, cv::LINE_AA);
            break;
        case 2:
            cv::line(bg, p, cv::Point(rng.uniform(0, w), rng.uniform(0, h)), v, rng.uniform(1, 8),
                     cv::LINE_AA);
            break;
        default:
            cv::putText(bg, "GATE 4", p, cv::FONT_HERSHEY_SIMPLEX, rng.uniform(0.5, 2.5), v, 2, cv::LINE_AA);
        }
    }
    cv::GaussianBlur(bg, bg, cv::Size(0, 0), 1.2);
    return bg;
}

cv::Mat render(const Case& c)
{
    const int ss = 2; // supersampling
    const int w = c.width * ss, h = c.height * ss;
    const double u = 12; // card pixels per module
    cv::Rect2d code;
    const cv::Mat card = drawCard(c, u, &code);
    cv::Mat frame = drawBackground(w, h, c.seed);

    // Project the card: rotate about its code centre in 3-D, pinhole camera, focal = width.
    const double f = w, z = f * u / (c.ppm * ss);
    const cv::Point2d centre(code.x + code.width / 2, code.y + code.height / 2);
    const double rx = c.tiltX * kPi / 180, ry = c.tiltY * kPi / 180, rz = c.roll * kPi / 180;
    const cv::Matx33d Rx(1, 0, 0, 0, std::cos(rx), -std::sin(rx), 0, std::sin(rx), std::cos(rx));
    const cv::Matx33d Ry(std::cos(ry), 0, std::sin(ry), 0, 1, 0, -std::sin(ry), 0, std::cos(ry));
    const cv::Matx33d Rz(std::cos(rz), -std::sin(rz), 0, std::sin(rz), std::cos(rz), 0, 0, 0, 1);
    const cv::Matx33d R = Rz * Ry * Rx;
    std::vector<cv::Point2f> src{
        {0, 0}, {float(card.cols), 0}, {float(card.cols), float(card.rows)}, {0, float(card.rows)}};
    std::vector<cv::Point2f> dst;
    for (const auto& s : src) {
        const cv::Vec3d p = R * cv::Vec3d(s.x - centre.x, s.y - centre.y, 0);
        dst.emplace_back(float(w / 2.0 + c.dx * ss + f * p[0] / (z + p[2])),
                         float(h / 2.0 + c.dy * ss + f * p[1] / (z + p[2])));
    }
    const cv::Mat H = cv::getPerspectiveTransform(src, dst);
    cv::Mat warped, mask;
    cv::warpPerspective(card, warped, H, frame.size(), cv::INTER_AREA, cv::BORDER_CONSTANT, 0);
    cv::warpPerspective(cv::Mat(card.size(), CV_32F, cv::Scalar(1)), mask, H, frame.size(), cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT, 0);
    frame = frame.mul(1 - mask) + warped.mul(mask);
    cv::resize(frame, frame, cv::Size(c.width, c.height), 0, 0, cv::INTER_AREA);

    // Camera: blur, motion, exposure, noise.
    if (c.sigma > 0)
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), c.sigma);
    if (c.motion >= 1) {
        const int k = int(std::ceil(c.motion)) | 1;
        cv::Mat ker = cv::Mat::zeros(k, k, CV_32F);
        const double a = c.motionAngle * kPi / 180;
        const cv::Point2d m(k / 2.0, k / 2.0), d(std::cos(a) * c.motion / 2, std::sin(a) * c.motion / 2);
        cv::line(ker, m - d, m + d, cv::Scalar(1), 1, cv::LINE_AA);
        ker /= cv::sum(ker)[0];
        cv::filter2D(frame, frame, -1, ker);
    }
    frame = frame * c.gain + c.offset;
    cv::Mat noise(frame.size(), CV_32F);
    cv::RNG(c.seed * 31u + 5u).fill(noise, cv::RNG::NORMAL, 0, c.noise);
    frame += noise;
    cv::Mat out;
    frame.convertTo(out, CV_8U); // saturates at 0 and 255
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const std::string a = "GP1:0001234:01:0123456789ABCDEF";
    const std::string b = "GP1:0420777:03:7QK2M9XZ4HVT8RNP";
    const std::string d = "GP1:1000001:12:MN3V5X7Z9B1D3F5H";

    std::vector<Case> cases;
    auto add = [&](Case c) {
        cases.push_back(std::move(c));
    };
    add({.file = "clean.png", .text = a, .ppm = 6, .seed = 1});
    add({.file = "clean_720p.jpg", .text = b, .width = 1280, .height = 720, .ppm = 7, .roll = -8, .seed = 2});
    add({.file = "clean_small.bmp", .text = d, .width = 320, .height = 240, .ppm = 4, .roll = 2, .seed = 3});
    add({.file = "tilt.jpg", .text = a, .ppm = 6, .roll = 3, .tiltX = 20, .tiltY = 35, .seed = 4});
    add({.file = "gblur.jpg", .text = b, .ppm = 6, .sigma = 2.2, .seed = 5});
    add({.file = "motion.jpg", .text = d, .ppm = 6, .motion = 9, .motionAngle = 20, .seed = 6});
    add({.file = "noise.jpg", .text = a, .ppm = 5, .noise = 22, .seed = 7});
    add({.file = "dark.jpg", .text = b, .ppm = 6, .noise = 3, .gain = 0.12, .offset = 4, .seed = 8});
    add({.file = "overexposed.jpg",
         .text = d,
         .ppm = 6,
         .sigma = 1.0,
         .gain = 0.4,
         .offset = 165,
         .seed = 9});
    add({.file = "damaged.jpg", .text = a, .ppm = 6, .roll = -5, .damaged = true, .seed = 10});
    add({.file = "no_code.jpg", .text = "", .ppm = 6, .roll = 10, .seed = 11});
    add({.file = "small_print.png", .text = b, .ppm = 3.2, .roll = 6, .dx = -120, .dy = 60, .seed = 12});
    add({.file = "too_small.png", .text = d, .ppm = 2.0, .roll = 3, .dx = 80, .dy = -40, .seed = 13});
    add({.file = "tiny_print.png",
         .text = a,
         .ppm = 1.6,
         .roll = 17,
         .sigma = 0.7,
         .dx = 30,
         .dy = 20,
         .seed = 15});
    add({.file = "combined.jpg",
         .text = b,
         .ppm = 5,
         .roll = -20,
         .tiltX = 25,
         .tiltY = -30,
         .sigma = 1.1,
         .motion = 4,
         .motionAngle = 70,
         .noise = 6,
         .gain = 0.35,
         .offset = 10,
         .seed = 16});
    add({.file = "not_a_pass.jpg",
         .text = "hello; DROP TABLE passes; -- 你好",
         .ppm = 5,
         .roll = -12,
         .seed = 14});

    std::ofstream tsv(dir + "/expected.tsv");
    tsv << "# file\texpected text (empty: no code)\trotations that may fail (honest record, '-' none)\n";
    for (const Case& c : cases) {
        const cv::Mat img = render(c);
        std::vector<int> params;
        if (c.file.ends_with(".jpg"))
            params = {cv::IMWRITE_JPEG_QUALITY, 80};
        if (!cv::imwrite(dir + "/" + c.file, img, params)) {
            std::fprintf(stderr, "cannot write %s\n", c.file.c_str());
            return 1;
        }
        tsv << c.file << '\t' << c.text << "\t-\n";
    }
    return 0;
}

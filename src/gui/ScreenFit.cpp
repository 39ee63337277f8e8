#include "ScreenFit.h"

#include <QPointer>
#include <QScreen>
#include <QWidget>
#include <QWindow>

namespace gatepost::gui {

namespace {

// Lives as a child of the kiosk window: keeps it on its screen's geometry.
class ScreenFollower final : public QObject
{
public:
    explicit ScreenFollower(QWidget* window)
        : QObject(window)
        , m_window(window)
    {
        setObjectName(QStringLiteral("gatepostScreenFollower"));
        if (QWindow* handle = window->windowHandle()) {
            connect(handle, &QWindow::screenChanged, this, &ScreenFollower::follow);
            follow(handle->screen());
        }
    }

    void fill()
    {
        if (m_window && m_window->screen())
            m_window->setGeometry(m_window->screen()->geometry());
    }

private:
    void follow(QScreen* screen)
    {
        disconnect(m_geometry);
        if (screen)
            m_geometry = connect(screen, &QScreen::geometryChanged, this, &ScreenFollower::fill);
        fill();
    }

    QPointer<QWidget> m_window;
    QMetaObject::Connection m_geometry;
};

} // namespace

void presentOnScreen(QWidget* window, bool kiosk)
{
    QScreen* screen = window->screen();
    if (!kiosk) {
        if (screen)
            window->resize(window->size().boundedTo(screen->availableGeometry().size()));
        window->show();
        return;
    }
    if (screen)
        window->setGeometry(screen->geometry());
    window->showFullScreen();
    auto* follower = window->findChild<ScreenFollower*>(QStringLiteral("gatepostScreenFollower"),
                                                        Qt::FindDirectChildrenOnly);
    if (!follower)
        follower = new ScreenFollower(window);
    follower->fill();
}

} // namespace gatepost::gui

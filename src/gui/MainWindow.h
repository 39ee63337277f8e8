#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace gatepost::core {
class Registry;
class CrossingLog;
} // namespace gatepost::core

namespace gatepost::gui {

// The station's main window. For now it shows which station and database are open and
// the registry's counts; the gate screen replaces its centre (issue "Gate station").
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const core::Registry& registry, core::CrossingLog* log, const QString& databasePath,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void refresh();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    const core::Registry& m_registry;
    core::CrossingLog* m_log = nullptr;
    QString m_databasePath;
};

} // namespace gatepost::gui

#include "Prompts.h"

#include "SignOnDialog.h"
#include "TouchStyle.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <deque>

namespace gatepost::gui {

namespace {

// A scripted sign-on: who signed on, or a cancelled dialog. (Not a std::optional in the queue:
// GCC 12 warns falsely about moving one out of a deque.)
struct ScriptedSignOn
{
    bool signedOn = false;
    core::Operator op;
};

// GUI thread only, like the dialogs they stand in for.
std::deque<ScriptedSignOn>& scriptedOperators()
{
    static std::deque<ScriptedSignOn> q;
    return q;
}

std::deque<bool>& scriptedAnswers()
{
    static std::deque<bool> q;
    return q;
}

std::deque<QString>& scriptedFiles()
{
    static std::deque<QString> q;
    return q;
}

bool takeScriptedFile(QString* path)
{
    auto& q = scriptedFiles();
    if (q.empty())
        return false;
    *path = q.front();
    q.pop_front();
    return true;
}

} // namespace

std::optional<core::Operator> Prompts::askOperator(core::Auth& auth, core::Role role, QWidget* parent)
{
    if (auto& q = scriptedOperators(); !q.empty()) {
        const ScriptedSignOn answer = q.front();
        q.pop_front();
        if (!answer.signedOn)
            return std::nullopt;
        return answer.op;
    }
    SignOnDialog dialog(auth, role, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.signedOn();
}

bool Prompts::askYesNo(QWidget* parent, const QString& title, const QString& question, const QString& yes,
                       const QString& no)
{
    if (auto& q = scriptedAnswers(); !q.empty()) {
        const bool answer = q.front();
        q.pop_front();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton* yesButton = box.addButton(yes, QMessageBox::YesRole);
    QPushButton* noButton = box.addButton(no, QMessageBox::NoRole);
    box.setDefaultButton(noButton); // a stray Enter never says yes
    box.setEscapeButton(noButton);
    touch::apply(&box);
    box.exec();
    return box.clickedButton() == yesButton;
}

QString Prompts::askSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                             const QString& filter)
{
    if (QString path; takeScriptedFile(&path))
        return path;
    QFileDialog dialog(parent, title, suggested, filter);
    // Qt's own dialog: it takes the touch style, and a kiosk may have no desktop portal.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(suggested);
    touch::apply(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

QString Prompts::askOpenFile(QWidget* parent, const QString& title, const QString& folder,
                             const QString& filter)
{
    if (QString path; takeScriptedFile(&path))
        return path;
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    touch::apply(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

void Prompts::setNextFileName(const QString& path)
{
    scriptedFiles().push_back(path);
}

void Prompts::setNextOperator(std::optional<core::Operator> answer)
{
    scriptedOperators().push_back(answer ? ScriptedSignOn{true, *answer} : ScriptedSignOn{});
}

void Prompts::setNextAnswer(bool yes)
{
    scriptedAnswers().push_back(yes);
}

int Prompts::pendingAnswers()
{
    return static_cast<int>(scriptedOperators().size() + scriptedAnswers().size() + scriptedFiles().size());
}

void Prompts::clearScript()
{
    scriptedOperators().clear();
    scriptedAnswers().clear();
    scriptedFiles().clear();
}

} // namespace gatepost::gui

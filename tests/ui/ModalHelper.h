#pragma once

// Drives modal dialogs from widget tests: a dialog's exec() blocks the test, so the steps are
// queued to run inside its event loop once the dialog is up.

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

namespace hub::test {

// Runs `steps` once a modal dialog of type T is up (inside its exec()), and makes sure the
// dialog is gone afterwards even when a step failed.
template <typename T> void whenModal(std::function<void(T *)> steps)
{
    // The closure holds itself only weakly; each queued timer holds it strongly, so it is
    // freed after the last attempt (no reference cycle for the leak checker to report).
    auto attempt = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> self = attempt;
    *attempt = [steps, self](int triesLeft) {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (auto again = self.lock(); again && triesLeft > 0)
                QTimer::singleShot(20, [again, triesLeft] { (*again)(triesLeft - 1); });
            return;
        }
        dialog->activateWindow();
        if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
            qWarning("the dialog did not become active");
        steps(dialog);
        if (dialog->isVisible() && QTest::currentTestFailed())
            dialog->done(QDialog::Rejected);
    };
    QTimer::singleShot(0, [attempt] { (*attempt)(100); });
}

} // namespace hub::test

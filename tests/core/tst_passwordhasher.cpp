#include "security/AuditChain.h"
#include "security/PasswordHasher.h"

#include <QtTest>

using namespace hub;
using security::PasswordHasher;

// Argon2id through libsodium: salted, verifiable, upgradeable; and the BLAKE2b of the
// audit chain against published test vectors.
class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(PasswordHasher::initialize()); }

    void hashesVerifyOnlyTheirPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("correct horse battery");
        QTest::newRow("non-ascii") << QStringLiteral("zażółć gęślą jaźń £€");
        QTest::newRow("spaces kept") << QStringLiteral("  leading and trailing  ");
    }
    void hashesVerifyOnlyTheirPassword()
    {
        QFETCH(QString, password);
        const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
        const auto hash = hasher.hash(password);
        QVERIFY(hash.ok());
        QVERIFY2(hash->startsWith(QLatin1String("$argon2id$")), qPrintable(hash.value()));
        QVERIFY(!hash->contains(password));
        QVERIFY(hasher.verify(hash.value(), password));
        QVERIFY(!hasher.verify(hash.value(), password + QLatin1Char('x')));
        QVERIFY(!hasher.verify(hash.value(), password.trimmed().toUpper()));
        QVERIFY(!hasher.verify(hash.value(), QString()));
    }

    void theSamePasswordHashesDifferentlyEachTime()
    {
        const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
        const auto a = hasher.hash(QStringLiteral("same password"));
        const auto b = hasher.hash(QStringLiteral("same password"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value() != b.value()); // a random salt each time
        QVERIFY(hasher.verify(b.value(), QStringLiteral("same password")));
    }

    void interactiveCostIsTheDefaultAndVerifies()
    {
        const PasswordHasher hasher;
        QCOMPARE(hasher.cost(), PasswordHasher::Cost::Interactive);
        const auto hash = hasher.hash(QStringLiteral("a real password"));
        QVERIFY(hash.ok());
        // libsodium's interactive limits: 64 MiB, 2 passes.
        QVERIFY2(hash->contains(QLatin1String("m=65536,t=2")), qPrintable(hash.value()));
        QVERIFY(hasher.verify(hash.value(), QStringLiteral("a real password")));
        QVERIFY(!hasher.needsRehash(hash.value()));
    }

    void aCheaperHashAsksToBeRehashed()
    {
        const auto cheap = PasswordHasher(PasswordHasher::Cost::Minimum).hash(QStringLiteral("pw"));
        QVERIFY(cheap.ok());
        QVERIFY(PasswordHasher().needsRehash(cheap.value()));
        QVERIFY(!PasswordHasher(PasswordHasher::Cost::Minimum).needsRehash(cheap.value()));
        // The interactive hasher still accepts it: old hashes keep working until upgraded.
        QVERIFY(PasswordHasher().verify(cheap.value(), QStringLiteral("pw")));
    }

    void whatIsNotAHashNeverVerifies()
    {
        const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
        for (const auto &junk : {QString(), QStringLiteral("password"),
                                 QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$broken")}) {
            QVERIFY(!hasher.verify(junk, QStringLiteral("password")));
            QVERIFY(hasher.needsRehash(junk));
        }
    }

    void wipeZeroesTheBytes()
    {
        QByteArray secret("hunter2hunter2");
        PasswordHasher::wipe(secret);
        QVERIFY(secret.isEmpty());
    }

    void blake2bMatchesTheReferenceVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787f"
                                                 "aab45cdf12fe3a8");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427"
                                               "262c8c068d52319");
    }
    void blake2bMatchesTheReferenceVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, hex);
        QCOMPARE(security::blake2bHex(input), hex);
    }

    void theCanonicalEncodingSeparatesFieldsUnambiguously()
    {
        domain::AuditEvent a;
        a.seq = 1;
        a.action = QStringLiteral("ab");
        a.recordType = QStringLiteral("c");
        domain::AuditEvent b = a;
        b.action = QStringLiteral("a");
        b.recordType = QStringLiteral("bc");
        QVERIFY(security::AuditChain::canonical(a) != security::AuditChain::canonical(b));
        QVERIFY(security::AuditChain::hashOf(a) != security::AuditChain::hashOf(b));
        QCOMPARE(security::AuditChain::genesis(), QString(64, QLatin1Char('0')));
        QCOMPARE(security::AuditChain::hashOf(a).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"

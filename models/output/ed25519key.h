#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace mcs {

// An Ed25519 key (OpenSSL 3): the issuer's statement-signing key, or only its public half.
class Ed25519Key
{
public:
    Ed25519Key();
    ~Ed25519Key();
    Ed25519Key(Ed25519Key &&) noexcept;
    Ed25519Key &operator=(Ed25519Key &&) noexcept;

    static Ed25519Key generate();
    // PKCS#8 private key PEM, or SubjectPublicKeyInfo public key PEM. Invalid key on failure.
    static Ed25519Key fromPrivatePem(const QByteArray &pem);
    static Ed25519Key fromPublicPem(const QByteArray &pem);

    bool isValid() const { return m_key != nullptr; }
    bool hasPrivateKey() const { return m_private; }
    QByteArray privatePem() const;  // empty when public-only
    QByteArray publicPem() const;   // SubjectPublicKeyInfo
    QByteArray rawPublicKey() const; // the 32-byte point
    // RFC 7638 JWK thumbprint (base64url of SHA-256 over {"crv","kty","x"}): the JWS "kid".
    QString keyId() const;

    QByteArray sign(const QByteArray &message) const; // 64-byte signature; empty on failure
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    struct Deleter { void operator()(EVP_PKEY *k) const; };
    std::unique_ptr<EVP_PKEY, Deleter> m_key;
    bool m_private = false;
};

} // namespace mcs

#include "ed25519key.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace mcs {
namespace {

struct BioDeleter { void operator()(BIO *b) const { BIO_free(b); } };
struct MdCtxDeleter { void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); } };
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

QByteArray readAll(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, int(len)) : QByteArray();
}

bool isEd25519(EVP_PKEY *k)
{
    return k && EVP_PKEY_get_base_id(k) == EVP_PKEY_ED25519;
}

} // namespace

void Ed25519Key::Deleter::operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }

Ed25519Key::Ed25519Key() = default;
Ed25519Key::~Ed25519Key() = default;
Ed25519Key::Ed25519Key(Ed25519Key &&) noexcept = default;
Ed25519Key &Ed25519Key::operator=(Ed25519Key &&) noexcept = default;

Ed25519Key Ed25519Key::generate()
{
    Ed25519Key key;
    key.m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    key.m_private = key.m_key != nullptr;
    return key;
}

Ed25519Key Ed25519Key::fromPrivatePem(const QByteArray &pem)
{
    Ed25519Key key;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY *k = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (isEd25519(k)) {
        key.m_key.reset(k);
        key.m_private = true;
    } else {
        EVP_PKEY_free(k);
    }
    return key;
}

Ed25519Key Ed25519Key::fromPublicPem(const QByteArray &pem)
{
    Ed25519Key key;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY *k = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (isEd25519(k))
        key.m_key.reset(k);
    else
        EVP_PKEY_free(k);
    return key;
}

QByteArray Ed25519Key::privatePem() const
{
    if (!m_key || !m_private)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return readAll(bio.get());
}

QByteArray Ed25519Key::publicPem() const
{
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return readAll(bio.get());
}

QByteArray Ed25519Key::rawPublicKey() const
{
    if (!m_key)
        return {};
    size_t len = 32;
    QByteArray raw(32, Qt::Uninitialized);
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &len) != 1)
        return {};
    raw.resize(int(len));
    return raw;
}

QString Ed25519Key::keyId() const
{
    const QByteArray x = rawPublicKey().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (x.isEmpty())
        return {};
    // RFC 7638 / RFC 8037: members in lexicographic order, no white space.
    const QByteArray jwk = QByteArrayLiteral("{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"") + x + QByteArrayLiteral("\"}");
    return QString::fromLatin1(QCryptographicHash::hash(jwk, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    if (!m_key || !m_private)
        return {};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t len = 64;
    QByteArray sig(64, Qt::Uninitialized);
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                          reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1)
        return {};
    sig.resize(int(len));
    return sig;
}

bool Ed25519Key::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (!m_key || signature.size() != 64)
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    return EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
        == 1;
}

} // namespace mcs

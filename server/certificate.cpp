// SPDX-FileCopyrightText: 2026 The Sales Client Authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace sales::server::certificate {

namespace {
template<auto Fn>
struct Deleter {
    template<typename T>
    void operator()(T *p) const { Fn(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

bool addExt(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool writeFile(const QString &path, const QByteArray &bytes, bool secret, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    if (secret && !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        *error = u"cannot restrict %1"_s.arg(path);
        return false;
    }
    if (f.write(bytes) != bytes.size()) {
        *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}
} // namespace

bool generate(const QString &certPath, const QString &keyPath, QString *error)
{
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert) {
        *error = u"OpenSSL key generation failed"_s;
        return false;
    }
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60 * 60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 60 * 60);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("sales-server"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const bool extOk = addExt(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        && addExt(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        && addExt(cert.get(), NID_ext_key_usage, "serverAuth")
        && addExt(cert.get(), NID_subject_key_identifier, "hash")
        && addExt(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    if (!extOk || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        *error = u"OpenSSL certificate signing failed"_s;
        return false;
    }
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), cert.get()) != 1) {
        *error = u"OpenSSL PEM encoding failed"_s;
        return false;
    }
    return writeFile(keyPath, bioBytes(keyBio.get()), true, error)
        && writeFile(certPath, bioBytes(certBio.get()), false, error);
}

QString fingerprint(const QByteArray &certPem)
{
    BioPtr bio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert.get(), EVP_sha256(), md, &len) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex(':').toUpper());
}

QString fingerprintOfFile(const QString &certPath)
{
    QFile f(certPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return fingerprint(f.readAll());
}

} // namespace sales::server::certificate

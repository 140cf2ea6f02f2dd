/*
 * The single binary's launcher (the offline route of `deno task compile`,
 * tools/binary/build.ts). The executable is this small program followed by a
 * payload: the Deno runtime from the npm package, Taipan bundled into one
 * JavaScript file, the standard-library zip and the Unicode data Taipan
 * reads at run time, most of it deflated. Deno cannot run from inside
 * another file, so the payload is extracted once to the user's cache
 * directory and every run then execs the extracted Deno directly: a warm
 * start costs a few small reads and an exec on top of `deno run`.
 *
 * Layout: [launcher][packed files back to back][index text][trailer]. The
 * trailer (the last TRAILER_SIZE bytes) holds a magic string, the offsets of
 * the payload and of the index, and the SHA-256 of the files' unpacked
 * contents in index order followed by the index text, as recorded by the
 * build. Index lines:
 *   file <octal mode> <size> <packing> <packed size> <relative path>
 *                                              one payload file, in order;
 *                                              packing is raw or deflate
 *                                              (inflate.c unpacks it)
 *   runtime <relative path>                    the file to exec (Deno)
 *   arg <text>                                 an argument for it; {dir} is
 *                                              the extraction directory
 *   env <name> <value>                         a variable for it, unless the
 *                                              user set one
 *
 * Where: <cache>/runtime/<first 32 digits of the digest>, <cache> being
 * $TAIPAN_CACHE_DIR, else $XDG_CACHE_HOME/taipan, else $HOME/.cache/taipan,
 * else the password database's home + /.cache/taipan: the same place as the
 * compiled-code cache (vm/runtime/import/code_cache.ts), which the runtime
 * is told about, so both work with no configuration even when HOME is unset.
 *
 * Trust: a directory at that name is used only if its `complete` marker holds
 * the full digest and the runtime has the recorded size. An extraction goes
 * to a private temporary directory; the unpacked bytes are hashed and
 * compared with the recorded digest (a truncated or damaged binary is
 * refused), the files are flushed to disk, the marker is written last, and
 * the directory is renamed into place. rename() is atomic, so a reader never
 * sees a partial extraction, and two first runs racing each other both end
 * up using whichever directory landed first. A damaged directory is moved
 * aside and replaced; what runs killed mid-extraction left is removed, and
 * so are other builds' runtimes unused for a month (remove_unused_runtimes).
 *
 * The program the launcher runs sees the environment it was given plus
 * TAIPAN_ARGV0, TAIPAN_EMBEDDED, TAIPAN_EMBEDDED_CACHE and the index's `env`
 * variables that the user did not set, named in TAIPAN_EMBEDDED_ADDED; the
 * program (cli/embedded.ts) removes them all again.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "inflate.h"
#include "sha256.h"

#define MAGIC "TAIPAN-BINARY-1\n"
#define MAGIC_SIZE 16
#define DIGEST_SIZE 64
#define TRAILER_SIZE (MAGIC_SIZE + 3 * 8 + DIGEST_SIZE)
#define KEY_SIZE 32
/* A runtime no run has started for this long is removed when another is installed. */
#define UNUSED_RUNTIME_SECONDS (30L * 24 * 60 * 60)

static void remove_tree(const char *path);

/* The temporary directory of an extraction under way, removed if it fails. */
static const char *extraction_under_way;

static void die(const char *format, ...) {
  if (extraction_under_way) remove_tree(extraction_under_way);
  va_list args;
  va_start(args, format);
  fputs("taipan: ", stderr);
  vfprintf(stderr, format, args);
  fputc('\n', stderr);
  va_end(args);
  exit(1);
}

static char *joined(const char *a, const char *b) {
  char *result;
  if (asprintf(&result, "%s%s", a, b) < 0) die("out of memory");
  return result;
}

static uint64_t little_endian(const unsigned char *bytes) {
  uint64_t value = 0;
  for (int i = 7; i >= 0; i--) value = value << 8 | bytes[i];
  return value;
}

static void read_exactly(int fd, void *buffer, size_t size, uint64_t offset) {
  size_t done = 0;
  while (done < size) {
    ssize_t got = pread(fd, (char *)buffer + done, size - done, (off_t)(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) die("cannot read this executable's embedded runtime (it may be truncated)");
    done += (size_t)got;
  }
}

static int write_all(int fd, const void *buffer, size_t size) {
  size_t done = 0;
  while (done < size) {
    ssize_t wrote = write(fd, (const char *)buffer + done, size - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote < 0) return -1;
    done += (size_t)wrote;
  }
  return 0;
}

/* The embedded payload as the trailer describes it. */
typedef struct {
  int fd;
  uint64_t payload_offset;
  char *index;
  size_t index_size;
  char digest[DIGEST_SIZE + 1];
} Payload;

static void open_payload(Payload *payload) {
  payload->fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (payload->fd < 0) die("cannot open this executable (/proc/self/exe): %s", strerror(errno));
  struct stat info;
  if (fstat(payload->fd, &info) < 0 || info.st_size < TRAILER_SIZE) {
    die("this executable carries no embedded runtime (was it truncated?)");
  }
  unsigned char trailer[TRAILER_SIZE];
  read_exactly(payload->fd, trailer, TRAILER_SIZE, (uint64_t)info.st_size - TRAILER_SIZE);
  if (memcmp(trailer, MAGIC, MAGIC_SIZE) != 0) {
    die("this executable carries no embedded runtime (was it truncated?)");
  }
  payload->payload_offset = little_endian(trailer + MAGIC_SIZE);
  uint64_t index_offset = little_endian(trailer + MAGIC_SIZE + 8);
  uint64_t index_size = little_endian(trailer + MAGIC_SIZE + 16);
  if (payload->payload_offset > index_offset ||
      index_offset + index_size != (uint64_t)info.st_size - TRAILER_SIZE) {
    die("this executable's embedded runtime is damaged (bad trailer)");
  }
  memcpy(payload->digest, trailer + MAGIC_SIZE + 24, DIGEST_SIZE);
  payload->digest[DIGEST_SIZE] = '\0';
  payload->index_size = (size_t)index_size;
  payload->index = malloc(payload->index_size + 1);
  if (payload->index == NULL) die("out of memory");
  read_exactly(payload->fd, payload->index, payload->index_size, index_offset);
  payload->index[payload->index_size] = '\0';
}

/* The next index line, NUL-terminated in a copy; NULL at the end. */
static char *next_line(const char **cursor) {
  if (**cursor == '\0') return NULL;
  const char *end = strchr(*cursor, '\n');
  size_t length = end ? (size_t)(end - *cursor) : strlen(*cursor);
  char *line = strndup(*cursor, length);
  if (line == NULL) die("out of memory");
  *cursor += length + (end ? 1 : 0);
  return line;
}

/* Creates `path` and its missing parents, from its `existing` leading characters on. */
static void make_directories(char *path, size_t existing, mode_t mode) {
  for (char *slash = strchr(path + existing + 1, '/');; slash = strchr(slash + 1, '/')) {
    if (slash) *slash = '\0';
    if (mkdir(path, mode) < 0 && errno != EEXIST) {
      die("cannot create the directory %s: %s (set TAIPAN_CACHE_DIR to a writable directory)",
          path, strerror(errno));
    }
    if (!slash) return;
    *slash = '/';
  }
}

static char *cache_root(void) {
  const char *explicit = getenv("TAIPAN_CACHE_DIR");
  const char *xdg = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  char *root;
  if (explicit && *explicit) {
    root = strdup(explicit);
  } else if (xdg && *xdg) {
    root = joined(xdg, "/taipan");
  } else if (home && *home) {
    root = joined(home, "/.cache/taipan");
  } else {
    struct passwd *entry = getpwuid(getuid());
    if (entry == NULL || entry->pw_dir == NULL || *entry->pw_dir == '\0') {
      die("cannot tell where to keep the runtime: set HOME or TAIPAN_CACHE_DIR");
    }
    root = joined(entry->pw_dir, "/.cache/taipan");
  }
  if (root == NULL) die("out of memory");
  if (root[0] != '/') {
    char here[PATH_MAX];
    if (getcwd(here, sizeof here) == NULL) die("cannot read the current directory");
    char *absolute;
    if (asprintf(&absolute, "%s/%s", here, root) < 0) die("out of memory");
    free(root);
    root = absolute;
  }
  return root;
}

static int safe_relative_path(const char *path) {
  if (*path == '\0' || *path == '/') return 0;
  for (const char *part = path; part; part = strchr(part, '/'), part = part ? part + 1 : NULL) {
    if (strncmp(part, "..", 2) == 0 && (part[2] == '/' || part[2] == '\0')) return 0;
  }
  return 1;
}

typedef struct {
  unsigned mode;
  long long size;
  int deflated;
  long long packed_size;
  const char *path; /* points into the line */
} FileEntry;

/* Reads a `file` line; 0 if the line is something else. */
static int file_entry(const char *line, FileEntry *entry) {
  char packing[16];
  int path_start = 0;
  if (sscanf(line, "file %o %lld %15s %lld %n", &entry->mode, &entry->size, packing,
             &entry->packed_size, &path_start) != 4 || path_start == 0) {
    return 0;
  }
  entry->deflated = strcmp(packing, "deflate") == 0;
  entry->path = line + path_start;
  if (entry->size < 0 || entry->packed_size < 0 || !safe_relative_path(entry->path) ||
      (!entry->deflated && (strcmp(packing, "raw") != 0 || entry->packed_size != entry->size))) {
    die("bad entry in the embedded index: %s", line);
  }
  return 1;
}

/* The size the index records for `wanted`, or -1. */
static long long recorded_size(const Payload *payload, const char *wanted) {
  const char *cursor = payload->index;
  long long found = -1;
  for (char *line; found < 0 && (line = next_line(&cursor)) != NULL; free(line)) {
    FileEntry entry;
    if (file_entry(line, &entry) && strcmp(entry.path, wanted) == 0) found = entry.size;
  }
  return found;
}

static const char *runtime_name(const Payload *payload) {
  const char *cursor = payload->index;
  for (char *line; (line = next_line(&cursor)) != NULL; free(line)) {
    if (strncmp(line, "runtime ", 8) == 0) return line + 8; /* kept for the process's life */
  }
  die("this executable's embedded runtime is damaged (no runtime in its index)");
  return NULL;
}

static int is_ready(const char *directory, const Payload *payload, const char *runtime) {
  char *marker = joined(directory, "/complete");
  char recorded[DIGEST_SIZE + 1] = {0};
  int fd = open(marker, O_RDONLY | O_CLOEXEC);
  free(marker);
  if (fd < 0) return 0;
  ssize_t got = read(fd, recorded, DIGEST_SIZE);
  close(fd);
  if (got != DIGEST_SIZE || strcmp(recorded, payload->digest) != 0) return 0;
  char *slash_runtime = joined("/", runtime);
  char *path = joined(directory, slash_runtime);
  free(slash_runtime);
  struct stat info;
  int ok = stat(path, &info) == 0 && info.st_size == recorded_size(payload, runtime);
  free(path);
  return ok;
}

static int remove_entry(const char *path, const struct stat *info, int kind, struct FTW *walk) {
  (void)info, (void)kind, (void)walk;
  remove(path);
  return 0;
}

static void remove_tree(const char *path) { nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS); }

static unsigned char copy_buffer[1 << 20];

/* Writes one file's unpacked contents to `fd`, hashing them; NULL or what went wrong. */
static const char *unpack(const Payload *payload, const FileEntry *entry, uint64_t offset, int fd,
                          Sha256 *hash) {
  if (!entry->deflated) {
    for (long long left = entry->size; left > 0;) {
      size_t chunk = left < (long long)sizeof copy_buffer ? (size_t)left : sizeof copy_buffer;
      read_exactly(payload->fd, copy_buffer, chunk, offset);
      sha256_update(hash, copy_buffer, chunk);
      if (write_all(fd, copy_buffer, chunk) < 0) return strerror(errno);
      offset += chunk;
      left -= (long long)chunk;
    }
    return NULL;
  }
  uint8_t *packed = malloc(entry->packed_size > 0 ? (size_t)entry->packed_size : 1);
  uint8_t *contents = malloc(entry->size > 0 ? (size_t)entry->size : 1);
  if (packed == NULL || contents == NULL) die("out of memory");
  read_exactly(payload->fd, packed, (size_t)entry->packed_size, offset);
  const char *error =
      inflate_raw(packed, (size_t)entry->packed_size, contents, (size_t)entry->size);
  if (error) {
    die("this executable's embedded runtime is damaged (%s in %s): rebuild it with "
        "`deno task compile` or copy it again", error, entry->path);
  }
  sha256_update(hash, contents, (size_t)entry->size);
  const char *failure = write_all(fd, contents, (size_t)entry->size) < 0 ? strerror(errno) : NULL;
  free(packed);
  free(contents);
  return failure;
}

/* Writes every payload file under `directory`; returns the digest of their contents and index. */
static void extract_into(const char *directory, const Payload *payload, char digest[65]) {
  Sha256 hash;
  sha256_init(&hash);
  uint64_t offset = payload->payload_offset;
  const char *cursor = payload->index;
  for (char *line; (line = next_line(&cursor)) != NULL; free(line)) {
    FileEntry entry;
    if (!file_entry(line, &entry)) continue;
    char *slash_relative = joined("/", entry.path);
    char *path = joined(directory, slash_relative);
    free(slash_relative);
    char *parent = strdup(path);
    *strrchr(parent, '/') = '\0';
    if (strlen(parent) > strlen(directory)) make_directories(parent, strlen(directory), 0700);
    free(parent);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, entry.mode & 0777);
    if (fd < 0) die("cannot create %s: %s", path, strerror(errno));
    const char *error = unpack(payload, &entry, offset, fd, &hash);
    if (error == NULL && close(fd) < 0) error = strerror(errno);
    if (error) die("cannot write %s: %s", path, error);
    offset += (uint64_t)entry.packed_size;
    free(path);
  }
  sha256_update(&hash, (const uint8_t *)payload->index, payload->index_size);
  sha256_hex(&hash, digest);
}

/*
 * Flushes every extracted file to disk before the directory is renamed into
 * place: one syncfs() for all of them. An fsync per file costs a disk cache
 * flush each (about 5 ms here, over a second for the ~280 Unicode data files).
 */
static void flush_files(const char *directory) {
  int fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || syncfs(fd) < 0) die("cannot flush %s to disk: %s", directory, strerror(errno));
  close(fd);
}

static void write_marker(const char *directory, const Payload *payload) {
  char *marker = joined(directory, "/complete");
  int fd = open(marker, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0 || write_all(fd, payload->digest, DIGEST_SIZE) < 0 || fsync(fd) < 0 || close(fd) < 0) {
    die("cannot write %s: %s", marker, strerror(errno));
  }
  free(marker);
  int directory_fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (directory_fd >= 0) {
    fsync(directory_fd);
    close(directory_fd);
  }
}

/*
 * Removes what runs killed mid-extraction left behind: temporary and stale
 * directories (named .tmp-<key>-<pid>-... and .stale-<key>-<pid>) whose
 * process is gone. A live process's directory is left alone.
 */
static void remove_leftovers(const char *runtimes) {
  DIR *listing = opendir(runtimes);
  if (listing == NULL) return;
  for (struct dirent *entry; (entry = readdir(listing)) != NULL;) {
    const char *name = entry->d_name;
    const char *rest = strncmp(name, ".tmp-", 5) == 0     ? name + 5
                       : strncmp(name, ".stale-", 7) == 0 ? name + 7
                                                          : NULL;
    if (rest == NULL || strlen(rest) < KEY_SIZE + 2 || rest[KEY_SIZE] != '-') continue;
    long pid = strtol(rest + KEY_SIZE + 1, NULL, 10);
    if (pid <= 0 || kill((pid_t)pid, 0) == 0 || errno != ESRCH) continue;
    char *path;
    if (asprintf(&path, "%s/%s", runtimes, name) < 0) die("out of memory");
    remove_tree(path);
    free(path);
  }
  closedir(listing);
}

/*
 * Each build of the binary installs its own runtime (~96 MiB). When one is
 * installed, the others that no run has started for UNUSED_RUNTIME_SECONDS
 * are removed: every run reads its runtime's `complete` marker, which keeps
 * the marker's access time recent (relatime updates it daily). On a file
 * system mounted noatime a runtime still in use may go too; its next run
 * installs it again.
 */
static void remove_unused_runtimes(const char *runtimes, const char *keep) {
  DIR *listing = opendir(runtimes);
  if (listing == NULL) return;
  time_t now = time(NULL);
  for (struct dirent *entry; (entry = readdir(listing)) != NULL;) {
    if (entry->d_name[0] == '.' || strlen(entry->d_name) != KEY_SIZE) continue;
    char *path;
    if (asprintf(&path, "%s/%s", runtimes, entry->d_name) < 0) die("out of memory");
    char *marker = joined(path, "/complete");
    struct stat info;
    if (strcmp(path, keep) != 0 && stat(marker, &info) == 0 &&
        now - info.st_atime > UNUSED_RUNTIME_SECONDS) {
      char *stale;
      if (asprintf(&stale, "%s/.stale-%s-%ld", runtimes, entry->d_name, (long)getpid()) < 0) {
        die("out of memory");
      }
      if (rename(path, stale) == 0) remove_tree(stale);
      free(stale);
    }
    free(marker);
    free(path);
  }
  closedir(listing);
}

static void extract(const char *runtimes, const char *directory, const Payload *payload,
                    const char *runtime) {
  remove_leftovers(runtimes);
  char *template;
  if (asprintf(&template, "%s/.tmp-%.*s-%ld-XXXXXX", runtimes, KEY_SIZE, payload->digest,
               (long)getpid()) < 0) {
    die("out of memory");
  }
  if (mkdtemp(template) == NULL) {
    die("cannot create a directory in %s: %s (set TAIPAN_CACHE_DIR to a writable directory)",
        runtimes, strerror(errno));
  }
  extraction_under_way = template;
  char digest[DIGEST_SIZE + 1];
  extract_into(template, payload, digest);
  if (strcmp(digest, payload->digest) != 0) {
    die("this executable's embedded runtime is damaged (checksum mismatch): rebuild it with "
        "`deno task compile` or copy it again");
  }
  flush_files(template);
  write_marker(template, payload);
  extraction_under_way = NULL;
  for (int attempt = 0; attempt < 2; attempt++) {
    if (rename(template, directory) == 0) {
      free(template);
      remove_unused_runtimes(runtimes, directory);
      return;
    }
    if (errno != EEXIST && errno != ENOTEMPTY) break;
    if (is_ready(directory, payload, runtime)) { /* another run finished first */
      remove_tree(template);
      free(template);
      return;
    }
    char *stale;
    if (asprintf(&stale, "%s/.stale-%.*s-%ld", runtimes, KEY_SIZE, payload->digest,
                 (long)getpid()) < 0) {
      die("out of memory");
    }
    if (rename(directory, stale) == 0) remove_tree(stale);
    free(stale);
  }
  int error = errno;
  remove_tree(template);
  die("cannot install the runtime in %s: %s", directory, strerror(error));
}

static void set_variable(const char *name, const char *value) {
  if (setenv(name, value, 1) < 0) die("cannot set %s: %s", name, strerror(errno));
}

int main(int argc, char **argv) {
  Payload payload;
  open_payload(&payload);
  const char *runtime = runtime_name(&payload);
  if (!safe_relative_path(runtime)) die("bad runtime path in the embedded index");
  char *root = cache_root();
  char *runtimes = joined(root, "/runtime");
  char *directory;
  if (asprintf(&directory, "%s/%.*s", runtimes, KEY_SIZE, payload.digest) < 0) die("out of memory");
  if (!is_ready(directory, &payload, runtime)) {
    char *path = strdup(runtimes);
    make_directories(path, 0, 0700);
    free(path);
    extract(runtimes, directory, &payload, runtime);
  }
  close(payload.fd);

  char **args = calloc((size_t)argc + payload.index_size + 2, sizeof *args);
  if (args == NULL) die("out of memory");
  size_t count = 0;
  char *slash_runtime = joined("/", runtime);
  args[count++] = joined(directory, slash_runtime);
  const char *cursor = payload.index;
  for (char *line; (line = next_line(&cursor)) != NULL;) {
    if (strncmp(line, "arg ", 4) != 0) {
      free(line);
      continue;
    }
    char *placeholder = strstr(line + 4, "{dir}");
    if (placeholder == NULL) {
      args[count++] = line + 4;
    } else {
      *placeholder = '\0';
      if (asprintf(&args[count++], "%s%s%s", line + 4, directory, placeholder + 5) < 0) {
        die("out of memory");
      }
    }
  }
  for (int i = 1; i < argc; i++) args[count++] = argv[i];
  args[count] = NULL;

  set_variable("TAIPAN_ARGV0", argv[0]);
  set_variable("TAIPAN_EMBEDDED", directory);
  set_variable("TAIPAN_EMBEDDED_CACHE", root);
  char *added = strdup("");
  cursor = payload.index;
  for (char *line; (line = next_line(&cursor)) != NULL; free(line)) {
    char *value = strchr(line + 4, ' ');
    if (strncmp(line, "env ", 4) != 0 || value == NULL) continue;
    *value++ = '\0';
    if (getenv(line + 4) != NULL) continue; /* the user's setting wins */
    set_variable(line + 4, value);
    char *longer;
    if (asprintf(&longer, "%s%s%s", added, *added ? "," : "", line + 4) < 0) die("out of memory");
    free(added);
    added = longer;
  }
  if (*added) set_variable("TAIPAN_EMBEDDED_ADDED", added);
  execv(args[0], args);
  die("cannot run %s: %s%s", args[0], strerror(errno),
      errno == EACCES ? " (is the cache directory on a noexec file system? set TAIPAN_CACHE_DIR)"
                      : "");
  return 1;
}

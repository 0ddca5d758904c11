/*
 * uia-walk TITLE: prints what Windows UI Automation (UIA) says a top-level
 * window holds, as a screen reader would find it: the window's element and
 * every item under it, depth first, children in UIA order, one line each:
 *
 *   <two spaces a level><ControlType> "<Name>" focusable=yes focus=no offscreen=? enabled=yes rect=L,T,W,H
 *
 * Each flag is yes, no, or ? when the provider does not say (the
 * properties IsKeyboardFocusable, HasKeyboardFocus, IsOffscreen,
 * IsEnabled); rect is the BoundingRectangle in screen pixels (left, top,
 * width, height), or ?. In the Name, \ and " and control characters are
 * escaped (\\ \" \n \t \xNN). The output is UTF-8; stderr gets one line with
 * the count and the time.
 *
 * It uses UIA's node API (uiautomationcoreapi.h), which wine 10 answers:
 * UiaNodeFromHandle for the window; UiaNavigate (FirstChild, then
 * NextSibling, with the true condition: the raw view) to walk, and
 * UiaHUiaNodeFromVariant for each node it finds; UiaGetPropertyValue for
 * each property. (wine's IUIAutomation has no RawViewWalker or
 * ControlViewWalker, and its elements answer E_NOTIMPL for
 * CurrentIsKeyboardFocusable.)
 *
 * The window: the first top-level window titled TITLE of GLFW's class
 * (GLFW30), or else of any class. Exit 0 after a walk, 1 if there is no such
 * window or UIA gives no node for it, 2 on a bad command line. Built with
 * MinGW-w64 (see .ci/windows-a11y-check):
 *   x86_64-w64-mingw32-gcc -O2 -s -municode -o uia-walk.exe uia-walk.c \
 *     -luiautomationcore -loleaut32 -lole32
 */
#define COBJMACROS
#include <windows.h>
#include <ole2.h>
#include <uiautomation.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <io.h>

/* The properties read of each item, in the order the line gives them. */
static const PROPERTYID props[] = {
    UIA_ControlTypePropertyId, UIA_NamePropertyId, UIA_IsKeyboardFocusablePropertyId,
    UIA_HasKeyboardFocusPropertyId, UIA_IsOffscreenPropertyId, UIA_IsEnabledPropertyId,
    UIA_BoundingRectanglePropertyId,
};
#define NPROPS (int)(sizeof props / sizeof props[0])

/* An item of the tree: its node, its depth and its properties as read. */
struct item {
    HUIANODE node;
    int depth;
    VARIANT v[NPROPS];
};

#define MAXITEMS 4096
#define READERS 16
static struct item items[MAXITEMS];
static volatile LONG nitems;    /* items found so far */
static volatile LONG walk_done; /* set once the walk has found them all */
static volatile LONG next_job;  /* the next property to read: item * NPROPS + property */

static void add(HUIANODE node, int depth) {
    if (nitems == MAXITEMS) {
        UiaNodeRelease(node);
        return;
    }
    items[nitems].node = node;
    items[nitems].depth = depth;
    InterlockedIncrement(&nitems); /* the readers may read it now */
}

static struct UiaCondition true_cond = {ConditionType_True};

/* nav is the node next to node in direction dir, or NULL. */
static HUIANODE nav(HUIANODE node, enum NavigateDirection dir) {
    struct UiaCacheRequest req = {&true_cond, TreeScope_Element, NULL, 0, NULL, 0,
                                  AutomationElementMode_Full};
    SAFEARRAY *sa = NULL;
    BSTR tree = NULL;
    HUIANODE found = NULL;
    if (SUCCEEDED(UiaNavigate(node, dir, &true_cond, &req, &sa, &tree)) && sa) {
        LONG idx[2] = {0, 0};
        VARIANT v;
        VariantInit(&v);
        if (SUCCEEDED(SafeArrayGetElement(sa, idx, &v)))
            UiaHUiaNodeFromVariant(&v, &found); /* adds a reference */
        VariantClear(&v);
        SafeArrayDestroy(sa);
    }
    SysFreeString(tree);
    return found;
}

/* walk lists node and everything under it, depth first. */
static void walk(HUIANODE node, int depth) {
    add(node, depth);
    if (depth > 50) return; /* a provider that loops */
    for (HUIANODE child = nav(node, NavigateDirection_FirstChild); child;
         child = nav(child, NavigateDirection_NextSibling))
        walk(child, depth + 1);
}

/* reader reads the properties of the items as the walk finds them, until
 * the walk is done and none are left. In wine each call crosses to the
 * app's process and waits there for its turn (about 50 ms); calls made at
 * the same time wait together, so readers beside the walk cost it next to
 * nothing (one thread reading a checklist took 20 s). */
static DWORD WINAPI reader(void *unused) {
    (void)unused;
    CoInitializeEx(NULL, COINIT_MULTITHREADED);
    for (;;) {
        LONG job = InterlockedIncrement(&next_job) - 1;
        while (job >= nitems * NPROPS && !walk_done) Sleep(2);
        if (job >= nitems * NPROPS) break;
        struct item *it = &items[job / NPROPS];
        VARIANT *v = &it->v[job % NPROPS];
        VariantInit(v);
        if (FAILED(UiaGetPropertyValue(it->node, props[job % NPROPS], v))) VariantInit(v);
    }
    CoUninitialize();
    return 0;
}

static const char *type_name(int id) {
    static const char *names[] = {
        "Button", "Calendar", "CheckBox", "ComboBox", "Edit", "Hyperlink", "Image",
        "ListItem", "List", "Menu", "MenuBar", "MenuItem", "ProgressBar", "RadioButton",
        "ScrollBar", "Slider", "Spinner", "StatusBar", "Tab", "TabItem", "Text", "ToolBar",
        "ToolTip", "Tree", "TreeItem", "Custom", "Group", "Thumb", "DataGrid", "DataItem",
        "Document", "SplitButton", "Window", "Pane", "Header", "HeaderItem", "Table",
        "TitleBar", "Separator", "SemanticZoom", "AppBar",
    };
    static char buf[32];
    if (id >= 50000 && id < 50000 + (int)(sizeof names / sizeof names[0]))
        return names[id - 50000];
    snprintf(buf, sizeof buf, "Type%d", id);
    return buf;
}

/* put_name writes a Name, quoted and escaped, in UTF-8. */
static void put_name(VARIANT *v) {
    if (V_VT(v) != VT_BSTR) {
        fputs("?", stdout);
        return;
    }
    int wlen = SysStringLen(V_BSTR(v));
    int len = WideCharToMultiByte(CP_UTF8, 0, V_BSTR(v), wlen, NULL, 0, NULL, NULL);
    char *s = malloc(len + 1);
    WideCharToMultiByte(CP_UTF8, 0, V_BSTR(v), wlen, s, len, NULL, NULL);
    putchar('"');
    for (int i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c == '\n') fputs("\\n", stdout);
        else if (c == '\t') fputs("\\t", stdout);
        else if (c < 0x20 || c == 0x7f) printf("\\x%02x", c);
        else putchar(c);
    }
    putchar('"');
    free(s);
}

/* put_bool writes " key=yes|no|?" for a boolean property. */
static void put_bool(const char *key, VARIANT *v) {
    printf(" %s=%s", key, V_VT(v) != VT_BOOL ? "?" : V_BOOL(v) ? "yes" : "no");
}

static void put_rect(VARIANT *v) {
    double *r = NULL;
    if (V_VT(v) == (VT_ARRAY | VT_R8) && V_ARRAY(v)->rgsabound[0].cElements == 4 &&
        SUCCEEDED(SafeArrayAccessData(V_ARRAY(v), (void **)&r))) {
        printf(" rect=%.0f,%.0f,%.0f,%.0f", r[0], r[1], r[2], r[3]);
        SafeArrayUnaccessData(V_ARRAY(v));
    } else {
        fputs(" rect=?", stdout);
    }
}

static void put_item(struct item *it) {
    for (int i = 0; i < it->depth; i++) fputs("  ", stdout);
    fputs(V_VT(&it->v[0]) == VT_I4 ? type_name(V_I4(&it->v[0])) : "?", stdout);
    putchar(' ');
    put_name(&it->v[1]);
    put_bool("focusable", &it->v[2]);
    put_bool("focus", &it->v[3]);
    put_bool("offscreen", &it->v[4]);
    put_bool("enabled", &it->v[5]);
    put_rect(&it->v[6]);
    putchar('\n');
}

int wmain(int argc, wchar_t **argv) {
    if (argc != 2) {
        fputs("usage: uia-walk TITLE\n", stderr);
        return 2;
    }
    _setmode(_fileno(stdout), _O_BINARY); /* UTF-8 bytes as they are, \n alone */
    HWND hwnd = FindWindowW(L"GLFW30", argv[1]);
    if (!hwnd) hwnd = FindWindowW(NULL, argv[1]);
    if (!hwnd) {
        fputs("uia-walk: no window with that title\n", stderr);
        return 1;
    }
    CoInitializeEx(NULL, COINIT_MULTITHREADED);
    HUIANODE root = NULL;
    HRESULT hr = UiaNodeFromHandle(hwnd, &root);
    if (FAILED(hr) || !root) {
        fprintf(stderr, "uia-walk: UiaNodeFromHandle failed (0x%08lx)\n", (unsigned long)hr);
        return 1;
    }
    DWORD start = GetTickCount();
    HANDLE threads[READERS];
    for (int i = 0; i < READERS; i++) threads[i] = CreateThread(NULL, 0, reader, NULL, 0, NULL);
    walk(root, 0);
    InterlockedExchange(&walk_done, 1);
    WaitForMultipleObjects(READERS, threads, TRUE, INFINITE);
    for (int i = 0; i < nitems; i++) {
        put_item(&items[i]);
        for (int p = 0; p < NPROPS; p++) VariantClear(&items[i].v[p]);
        UiaNodeRelease(items[i].node);
    }
    fflush(stdout);
    fprintf(stderr, "uia-walk: %ld items in %.1f s%s\n", nitems, (GetTickCount() - start) / 1000.0,
            nitems == MAXITEMS ? " (the rest left out)" : "");
    CoUninitialize();
    return 0;
}

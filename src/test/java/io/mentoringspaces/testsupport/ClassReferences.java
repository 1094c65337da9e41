package io.mentoringspaces.testsupport;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages a compiled class refers to, read from its constant pool: class entries and every
 * type in descriptors and signatures (members, annotations, generics).
 */
public final class ClassReferences {

    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w/$]+)[;<]");

    private ClassReferences() {
    }

    public static Set<String> packagesOf(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> packages = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                addClass(utf8[classNameIndex[i]], packages);
            }
            if (utf8[i] != null) {
                Matcher m = DESCRIPTOR_TYPE.matcher(utf8[i]);
                while (m.find()) {
                    addClass(m.group(1), packages);
                }
            }
        }
        return packages;
    }

    private static void addClass(String internalName, Set<String> packages) {
        String name = internalName.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
        int slash = name.lastIndexOf('/');
        if (slash > 0) {
            packages.add(name.substring(0, slash).replace('/', '.'));
        }
    }
}

// A MongoDB wire-protocol server for tests: mongo-java-server's in-memory backend bound to
// 127.0.0.1:<port>. Run with Java's single-file source launcher (JEP 330), no build step:
//
//   java -cp '.cache/mongo-java-server/<version>/lib/*' tools/infra/mongo/MongoMain.java <port>
//
// Prints "mongo-wire-server listening on 127.0.0.1:<port>" once it accepts connections, and stops
// on SIGTERM/SIGINT. tools/infra/src/mongo.ts starts it (startMongoWireServer).
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

public class MongoMain {
    /**
     * The server version advertised in the handshake. mongo-java-server's newest built-in version
     * (MONGO_5_0) reports wire version 8, and the Node.js driver 7 refuses servers below wire
     * version 9 (MongoDB 4.4). Advertising 4.4 lets the driver connect; it then sends only what
     * tracehouse uses (ismaster, ping, createIndexes, update with upsert and $min/$max/$setOnInsert,
     * find, delete, dropDatabase), all of which the in-memory backend implements. Nothing 4.4-only
     * (e.g. hedged reads, `let` in find) is ever sent by tracehouse's adapter.
     */
    private static final MongoVersion ADVERTISED = new MongoVersion() {
        @Override
        public List<Integer> getVersionArray() {
            return List.of(4, 4, 0);
        }

        @Override
        public int getWireVersion() {
            return 9;
        }
    };

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: MongoMain <port>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        MongoServer server = new MongoServer(new MemoryBackend().version(ADVERTISED));
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("mongo-wire-server listening on 127.0.0.1:" + port);
        System.out.flush();
    }
}

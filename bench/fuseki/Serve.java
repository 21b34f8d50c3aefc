import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * An embedded Fuseki for bench/publish.sh at /opdl on the given loopback port, over the store named
 * second: a folder for a TDB2 database on disk (as the developers' guide runs the standalone
 * server), {@code tdb2-memory} for a TDB2 database in memory, {@code general} for the general in-memory
 * dataset (which cannot roll back a failed request), or {@code memory} (the default) for the
 * in-memory dataset the integration tests start. Prints "ready" when it listens.
 */
public final class Serve {
    public static void main(String[] args) throws Exception {
        String store = args.length > 1 ? args[1] : "memory";
        Dataset data = switch (store) {
            case "memory" -> DatasetFactory.createTxnMem();
            case "tdb2-memory" -> TDB2Factory.createDataset();
            case "general" -> DatasetFactory.create();
            default -> TDB2Factory.connectDataset(store);
        };
        FusekiServer server = FusekiServer.create().loopback(true).port(Integer.parseInt(args[0]))
                .add("/opdl", data).build().start();
        System.out.println("ready");
        server.join();
    }
}

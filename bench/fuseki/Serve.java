import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * An embedded Fuseki for bench/publish.sh at /opdl on the given loopback port: a TDB2 database in
 * the folder given second (as the developers' guide runs the standalone server), or an in-memory
 * dataset without one, as the integration tests start it. Prints "ready" when it listens.
 */
public final class Serve {
    public static void main(String[] args) throws Exception {
        Dataset data = args.length > 1 ? TDB2Factory.connectDataset(args[1]) : DatasetFactory.createTxnMem();
        FusekiServer server = FusekiServer.create().loopback(true).port(Integer.parseInt(args[0]))
                .add("/opdl", data).build().start();
        System.out.println("ready");
        server.join();
    }
}
